package ee.tokvs.portal.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The claim figures both §4 answers give, by the year of the incident (§4(4) p 2–6, §4(7) p 1–5): claims and insured
 * events; by status and severity, open and closed; by damage type, incident type and severity with paid compensation
 * and reserves; by recovery type, incident type and severity with received recoveries (negative, as recorded) and
 * outstanding ones. An insured event is a claim assessed as one (status INSURED_EVENT). Computed by PostgreSQL
 * ({@code section4_claim_breakdowns}, V16); this holds them as they came, money to the cent.
 */
@Schema(name = "ClaimBreakdowns", description = "The claims' figures by the year of the incident (§4(4) p 2–6, §4(7) p 1–5)."
        + " An insured event is a claim assessed as one (status INSURED_EVENT). Counts and sums only: no insurer,"
        + " contract or claim is named.")
public record ClaimBreakdowns(
        @Schema(description = "Claims and insured events per year of the incident, oldest first") List<ClaimYear> years,
        @Schema(description = "Claims per year, handling status and severity, open and closed") List<StatusRow> byStatus,
        @Schema(description = "Per year, damage type, incident type and severity: the claims with a payout or a reserve of"
                + " the type, what was paid and what is reserved") List<DamageRow> byDamage,
        @Schema(description = "Per year, recovery type, incident type and severity: the claims with a recovery received or"
                + " outstanding of the type, what was received and what is outstanding") List<RecoveryRow> byRecovery) {

    static final String YEAR = "The year of the incident";
    static final String INCIDENT_TYPE = "The incident type (an INCIDENT_TYPE code)";
    static final String SEVERITY = "The severity (a SEVERITY code)";
    static final String INSURED_EVENTS = "Of those, insured events: claims assessed as insured events (status"
            + " INSURED_EVENT)";

    public ClaimBreakdowns {
        years = List.copyOf(years);
        byStatus = List.copyOf(byStatus);
        byDamage = List.copyOf(byDamage);
        byRecovery = List.copyOf(byRecovery);
    }

    @Schema(name = "ClaimYear")
    public record ClaimYear(@Schema(description = YEAR) int year,
            @Schema(description = "Claims whose incident fell in the year") long claims,
            @Schema(description = INSURED_EVENTS) long insuredEvents) {
    }

    /** Claims of one status and severity, open (handling ongoing) and closed (handling finished). */
    @Schema(name = "ClaimStatusRow")
    public record StatusRow(@Schema(description = YEAR) int year,
            @Schema(description = "The handling status (a CLAIM_STATUS code)") String status,
            @Schema(description = SEVERITY) String severity,
            @Schema(description = "Claims whose handling is ongoing") long open,
            @Schema(description = "Claims whose handling is finished") long closed) {

        public long total() {
            return open + closed;
        }
    }

    /** Claims with a payout or a reserve of the damage type; what was paid, and the current reserves. */
    @Schema(name = "ClaimDamageRow")
    public record DamageRow(@Schema(description = YEAR) int year,
            @Schema(description = "The damage type (a DAMAGE_TYPE code)") String damageType,
            @Schema(description = INCIDENT_TYPE) String incidentType,
            @Schema(description = SEVERITY) String severity,
            @Schema(description = "Claims with a payout or a reserve of this damage type") long claims,
            @Schema(description = INSURED_EVENTS) long insuredEvents,
            @Schema(description = "Compensation paid so far: every payout of the type, in euros") BigDecimal paid,
            @Schema(description = "Reserves: the latest reserve of the type of each claim, in euros") BigDecimal reserved) {

        public DamageRow {
            paid = cents(paid);
            reserved = cents(reserved);
        }
    }

    /** Claims with a recovery received or outstanding of the type; received (negative) and outstanding sums. */
    @Schema(name = "ClaimRecoveryRow")
    public record RecoveryRow(@Schema(description = YEAR) int year,
            @Schema(description = "The recovery type (a RECOVERY_TYPE code)") String recoveryType,
            @Schema(description = INCIDENT_TYPE) String incidentType,
            @Schema(description = SEVERITY) String severity,
            @Schema(description = "Claims with a recovery received or outstanding of this type") long claims,
            @Schema(description = INSURED_EVENTS) long insuredEvents,
            @Schema(description = "Recoveries received so far, in euros: negative, as recorded (a recovery reduces the"
                    + " insurer's cost)") BigDecimal received,
            @Schema(description = "Outstanding recoveries: the latest outstanding recovery of the type of each claim, in"
                    + " euros") BigDecimal outstanding) {

        public RecoveryRow {
            received = cents(received);
            outstanding = cents(outstanding);
        }
    }

    /** Money in euros to the cent, as every amount of the register: a sum of nothing is 0.00, not 0. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return years.isEmpty();
    }

    public List<StatusRow> byStatus(int year) {
        return byStatus.stream().filter(r -> r.year() == year).toList();
    }

    public List<DamageRow> byDamage(int year) {
        return byDamage.stream().filter(r -> r.year() == year).toList();
    }

    public List<RecoveryRow> byRecovery(int year) {
        return byRecovery.stream().filter(r -> r.year() == year).toList();
    }

    /** All years together: the total line under the years. */
    public ClaimYear total() {
        return new ClaimYear(0, years.stream().mapToLong(ClaimYear::claims).sum(),
                years.stream().mapToLong(ClaimYear::insuredEvents).sum());
    }

    public static StatusRow totalOfStatus(List<StatusRow> rows) {
        return new StatusRow(0, null, null, rows.stream().mapToLong(StatusRow::open).sum(),
                rows.stream().mapToLong(StatusRow::closed).sum());
    }

    public static DamageRow totalOfDamage(List<DamageRow> rows) {
        return new DamageRow(0, null, null, null, rows.stream().mapToLong(DamageRow::claims).sum(),
                rows.stream().mapToLong(DamageRow::insuredEvents).sum(),
                rows.stream().map(DamageRow::paid).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(DamageRow::reserved).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public static RecoveryRow totalOfRecovery(List<RecoveryRow> rows) {
        return new RecoveryRow(0, null, null, null, rows.stream().mapToLong(RecoveryRow::claims).sum(),
                rows.stream().mapToLong(RecoveryRow::insuredEvents).sum(),
                rows.stream().map(RecoveryRow::received).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(RecoveryRow::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
