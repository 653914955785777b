package ee.tokvs.portal.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * The claim figures both §4 answers give, by the year of the incident (§4(4) p 2–6, §4(7) p 1–5): claims and insured
 * events; by status and severity, open and closed; by damage type, incident type and severity with paid compensation
 * and reserves; by recovery type, incident type and severity with received recoveries (negative, as recorded) and
 * outstanding ones. An insured event is a claim assessed as one (status INSURED_EVENT). Computed by PostgreSQL
 * ({@code section4_claim_breakdowns}, V16); this holds them as they came.
 */
public record ClaimBreakdowns(List<ClaimYear> years, List<StatusRow> byStatus, List<DamageRow> byDamage,
        List<RecoveryRow> byRecovery) {

    public ClaimBreakdowns {
        years = List.copyOf(years);
        byStatus = List.copyOf(byStatus);
        byDamage = List.copyOf(byDamage);
        byRecovery = List.copyOf(byRecovery);
    }

    public record ClaimYear(int year, long claims, long insuredEvents) {
    }

    /** Claims of one status and severity, open (handling ongoing) and closed (handling finished). */
    public record StatusRow(int year, String status, String severity, long open, long closed) {

        public long total() {
            return open + closed;
        }
    }

    /** Claims with a payout or a reserve of the damage type; what was paid, and the current reserves. */
    public record DamageRow(int year, String damageType, String incidentType, String severity, long claims,
            long insuredEvents, BigDecimal paid, BigDecimal reserved) {
    }

    /** Claims with a recovery received or outstanding of the type; received (negative) and outstanding sums. */
    public record RecoveryRow(int year, String recoveryType, String incidentType, String severity, long claims,
            long insuredEvents, BigDecimal received, BigDecimal outstanding) {
    }

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
