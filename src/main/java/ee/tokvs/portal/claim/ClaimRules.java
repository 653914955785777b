package ee.tokvs.portal.claim;

import ee.tokvs.portal.shared.rules.Findings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Is this claim valid, and why not (§2(2), TOKVS §19, the work-capacity rules of seed 003). Plain functions
 * over plain data: the claim form, the money forms and uploads ask here before anything is saved, and so
 * will the coming API.
 */
public final class ClaimRules {

    // Fields of the claim.
    public static final String CLAIM_NUMBER = "claimNumber";
    public static final String CONTRACT = "contractNumber";
    public static final String RECEIVED = "receivedDate";
    public static final String INCIDENT_NUMBER = "incidentNumber";
    public static final String INCIDENT_DATE = "incidentDate";
    public static final String STATUS = "status";
    public static final String INCIDENT_TYPE = "incidentType";
    public static final String SEVERITY = "severity";
    public static final String SPECIALTY = "specialty";
    public static final String COMPETENCE = "additionalCompetence";
    public static final String FINISHED = "handlingFinished";
    public static final String FINISHED_DATE = "finishedDate";
    // Fields of a money row.
    public static final String ITEM_DATE = "date";
    public static final String ITEM_TYPE = "type";
    public static final String ITEM_AMOUNT = "amount";
    public static final String GENERAL_PCT = "generalReductionPct";
    public static final String EVENT_PCT = "eventReductionPct";

    // Codes the law gives a meaning the rules depend on.
    public static final String STATUS_SUBMITTED = "SUBMITTED";
    public static final String STATUS_INSURED_EVENT = "INSURED_EVENT";
    public static final String STATUS_NOT_INSURED_EVENT = "NOT_INSURED_EVENT";
    /** The statuses that decide a claim; the first submission setting one dates the decision (Claim.decidedOn). */
    public static final Set<String> STATUSES_DECIDED = Set.of(STATUS_INSURED_EVENT, STATUS_NOT_INSURED_EVENT);
    public static final Set<String> TYPES_NOT_FOR_INSURED_EVENT = Set.of("BEING_SPECIFIED", "OTHER");
    public static final String NON_PECUNIARY = "NON_PECUNIARY";
    public static final String PERMANENT_INCAPACITY = "PERMANENT_INCAPACITY";
    public static final String SEVERITY_I = "I";
    public static final String SEVERITY_PENDING = "PENDING";

    /** Non-pecuniary compensation caps by severity (TOKVS §19, the severity regulation); I has none. */
    public static final Map<String, BigDecimal> NON_PECUNIARY_CAP = Map.of(
            "II", new BigDecimal("500.00"),
            "III", new BigDecimal("2000.00"),
            "IV", new BigDecimal("5000.00"),
            "V", new BigDecimal("15000.00"),
            "VI", new BigDecimal("30000.00"));

    /** Below this general reduction of work capacity there is no incapacity compensation (seed 003). */
    public static final BigDecimal MIN_GENERAL_REDUCTION = new BigDecimal("40");

    /**
     * What the rules need from outside the claim: whether a code is allowed in a list (active, or already on
     * this record), whether a competence belongs to a specialty, the contract, and today.
     */
    public record Context(CodeCheck codes, BiPredicate<String, String> competenceOfSpecialty, Contract contract,
            boolean claimNumberTaken, LocalDate today) {
    }

    /** The contract as the rules need it; null when no contract of this insurer has that number. */
    public record Contract(LocalDate periodStart, LocalDate periodEnd) {
    }

    /** Whether a code may be used in a list. */
    @FunctionalInterface
    public interface CodeCheck {
        boolean allows(String list, String code);
    }

    private ClaimRules() {
    }

    public static Findings check(ClaimSnapshot snapshot, Context context) {
        Findings findings = new Findings();
        ClaimDraft claim = snapshot.claim();
        checkIdentity(claim, context, findings);
        checkCodes(claim, context, findings);
        checkDates(claim, context, findings);
        checkMoney(snapshot, context, findings);
        return findings;
    }

    private static void checkIdentity(ClaimDraft claim, Context context, Findings findings) {
        if (context.claimNumberTaken()) {
            findings.error(CLAIM_NUMBER, "rule_claim_number_taken", claim.claimNumber());
        }
        if (claim.contractNumber() != null && context.contract() == null) {
            findings.error(CONTRACT, "rule_contract_not_found", claim.contractNumber());
        }
    }

    private static void checkCodes(ClaimDraft claim, Context context, Findings findings) {
        code(context, findings, STATUS, "CLAIM_STATUS", claim.status());
        code(context, findings, INCIDENT_TYPE, "INCIDENT_TYPE", claim.incidentType());
        code(context, findings, SEVERITY, "SEVERITY", claim.severity());
        code(context, findings, SPECIALTY, "SPECIALTY", claim.specialty());
        code(context, findings, COMPETENCE, "ADDITIONAL_COMPETENCE", claim.additionalCompetence());
        if (STATUS_INSURED_EVENT.equals(claim.status()) && TYPES_NOT_FOR_INSURED_EVENT.contains(claim.incidentType())) {
            findings.error(INCIDENT_TYPE, "rule_incident_type_not_for_insured_event");
        }
        if (claim.additionalCompetence() != null) {
            if (claim.specialty() == null) {
                findings.error(COMPETENCE, "rule_competence_needs_specialty");
            } else if (!context.competenceOfSpecialty().test(claim.additionalCompetence(), claim.specialty())) {
                findings.error(COMPETENCE, "rule_competence_not_of_specialty");
            }
        }
    }

    private static void code(Context context, Findings findings, String field, String list, String code) {
        if (code != null && !context.codes().allows(list, code)) {
            findings.error(field, "rule_code_unknown", code);
        }
    }

    private static void checkDates(ClaimDraft claim, Context context, Findings findings) {
        LocalDate today = context.today();
        notInFuture(findings, RECEIVED, claim.receivedDate(), today);
        notInFuture(findings, INCIDENT_DATE, claim.incidentDate(), today);
        notInFuture(findings, FINISHED_DATE, claim.finishedDate(), today);
        if (claim.incidentDate() != null && claim.receivedDate() != null && claim.incidentDate().isAfter(claim.receivedDate())) {
            findings.error(INCIDENT_DATE, "rule_incident_after_received");
        }
        if (claim.handlingFinished() && claim.finishedDate() == null) {
            findings.error(FINISHED_DATE, "rule_finished_date_required");
        }
        if (!claim.handlingFinished() && claim.finishedDate() != null) {
            findings.error(FINISHED_DATE, "rule_finished_date_only_when_finished");
        }
        if (claim.finishedDate() != null && claim.receivedDate() != null && claim.finishedDate().isBefore(claim.receivedDate())) {
            findings.error(FINISHED_DATE, "rule_finished_before_received");
        }
        Contract contract = context.contract();
        if (contract != null && claim.incidentDate() != null
                && (claim.incidentDate().isBefore(contract.periodStart()) || claim.incidentDate().isAfter(contract.periodEnd()))) {
            findings.warning(INCIDENT_DATE, "rule_incident_outside_period", contract.periodStart(), contract.periodEnd());
        }
    }

    private static void notInFuture(Findings findings, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            findings.error(field, "rule_date_in_future");
        }
    }

    private static void checkMoney(ClaimSnapshot snapshot, Context context, Findings findings) {
        ClaimDraft claim = snapshot.claim();
        BigDecimal nonPecuniary = BigDecimal.ZERO;
        for (ClaimSnapshot.Item payout : snapshot.payouts()) {
            item(findings, context, payout, "DAMAGE_TYPE");
            if (payout.amount() != null && payout.amount().signum() <= 0) {
                findings.error(ITEM_AMOUNT, "rule_payout_positive");
            }
            if (NON_PECUNIARY.equals(payout.type()) && payout.amount() != null) {
                nonPecuniary = nonPecuniary.add(payout.amount());
            }
            checkWorkCapacity(payout, findings);
        }
        if (!snapshot.payouts().isEmpty() && STATUS_NOT_INSURED_EVENT.equals(claim.status())) {
            findings.warning(ITEM_TYPE, "rule_payout_not_insured_event");
        }
        if (nonPecuniary.signum() > 0) {
            checkNonPecuniaryCap(claim.severity(), nonPecuniary, findings);
        }
        for (ClaimSnapshot.Item recovery : snapshot.recoveries()) {
            item(findings, context, recovery, "RECOVERY_TYPE");
            if (recovery.amount() != null && recovery.amount().signum() >= 0) {
                findings.error(ITEM_AMOUNT, "rule_recovery_negative");
            }
        }
        for (ClaimSnapshot.Item reserve : snapshot.reserves()) {
            item(findings, context, reserve, "DAMAGE_TYPE");
            if (reserve.amount() != null && reserve.amount().signum() < 0) {
                findings.error(ITEM_AMOUNT, "rule_estimate_not_negative");
            }
        }
        for (ClaimSnapshot.Item outstanding : snapshot.outstandingRecoveries()) {
            item(findings, context, outstanding, "RECOVERY_TYPE");
            if (outstanding.amount() != null && outstanding.amount().signum() < 0) {
                findings.error(ITEM_AMOUNT, "rule_estimate_not_negative");
            }
        }
    }

    private static void item(Findings findings, Context context, ClaimSnapshot.Item item, String list) {
        notInFuture(findings, ITEM_DATE, item.date(), context.today());
        code(context, findings, ITEM_TYPE, list, item.type());
    }

    private static void checkNonPecuniaryCap(String severity, BigDecimal total, Findings findings) {
        if (SEVERITY_I.equals(severity)) {
            findings.error(ITEM_AMOUNT, "rule_non_pecuniary_not_for_level_one");
        } else if (SEVERITY_PENDING.equals(severity) || severity == null) {
            findings.error(ITEM_AMOUNT, "rule_non_pecuniary_needs_severity");
        } else {
            BigDecimal cap = NON_PECUNIARY_CAP.get(severity);
            if (cap != null && total.compareTo(cap) > 0) {
                findings.error(ITEM_AMOUNT, "rule_non_pecuniary_cap", severity, cap, total);
            }
        }
    }

    /** Work capacity on a permanent-incapacity payout (seed 003). */
    private static void checkWorkCapacity(ClaimSnapshot.Item payout, Findings findings) {
        BigDecimal general = payout.generalReductionPct();
        BigDecimal event = payout.eventReductionPct();
        if (general == null && event == null) {
            return;
        }
        if (!PERMANENT_INCAPACITY.equals(payout.type())) {
            findings.error(GENERAL_PCT, "rule_work_capacity_only_permanent");
            return;
        }
        if (general == null || event == null) {
            findings.error(general == null ? GENERAL_PCT : EVENT_PCT, "rule_work_capacity_both");
            return;
        }
        if (general.compareTo(MIN_GENERAL_REDUCTION) < 0) {
            findings.error(GENERAL_PCT, "rule_work_capacity_below_threshold");
        }
        if (event.compareTo(general) > 0) {
            findings.error(EVENT_PCT, "rule_work_capacity_event_above_general");
        }
    }
}
