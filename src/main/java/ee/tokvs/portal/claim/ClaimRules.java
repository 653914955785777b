package ee.tokvs.portal.claim;

import static ee.tokvs.portal.shared.rules.Rule.law;

import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.reference.ReferenceRules;
import ee.tokvs.portal.shared.rules.CommonRules;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Is this claim valid, and why not (§2(2), TOKVS §19, the work-capacity rules of seed 003). Plain functions
 * over plain data: the claim form, the money forms, uploads and the API ask here before anything is saved.
 */
public final class ClaimRules {

    // Fields of the claim.
    public static final String CLAIM_NUMBER = "claimNumber";
    /** The contract's own number field, where a claim's unknown contract is reported. */
    public static final String CONTRACT = ContractRules.NUMBER;
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
    /** A correction's reason (V24). */
    public static final String CORRECTION_REASON = "correctionReason";

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

    private static final Rule.LegalBasis WORK_CAPACITY = law("TOKVS §15; töövõime määrus §2 (seed 003)");

    public static final Rule NUMBER_TAKEN = Rule.error("rule_claim_number_taken", CLAIM_NUMBER, law("määrus §2(2) p 2"));
    public static final Rule INCIDENT_TYPE_NOT_FOR_INSURED_EVENT = Rule.error("rule_incident_type_not_for_insured_event",
            INCIDENT_TYPE, law("määrus §2(2) p 7; TOKVS §10(2)"));
    public static final Rule COMPETENCE_NEEDS_SPECIALTY = Rule.error("rule_competence_needs_specialty", COMPETENCE,
            law("määrus §2(2) p 9"));
    public static final Rule COMPETENCE_NOT_OF_SPECIALTY = Rule.error("rule_competence_not_of_specialty", COMPETENCE,
            law("määrus §2(2) p 9; erialade loetelu (28.11.2001 nr 110)"));
    public static final Rule INCIDENT_AFTER_RECEIVED = Rule.error("rule_incident_after_received", INCIDENT_DATE,
            law("määrus §2(2) p 1, p 5"));
    public static final Rule FINISHED_DATE_REQUIRED = Rule.error("rule_finished_date_required", FINISHED_DATE,
            law("määrus §2(2) p 14, p 15"));
    public static final Rule FINISHED_DATE_ONLY_WHEN_FINISHED = Rule.error("rule_finished_date_only_when_finished",
            FINISHED_DATE, law("määrus §2(2) p 14, p 15"));
    public static final Rule FINISHED_BEFORE_RECEIVED = Rule.error("rule_finished_before_received", FINISHED_DATE,
            law("määrus §2(2) p 1, p 15"));
    public static final Rule INCIDENT_OUTSIDE_PERIOD = Rule.warning("rule_incident_outside_period", INCIDENT_DATE,
            law("määrus §2(1) p 4, §2(2) p 3, p 5"));
    public static final Rule PAYOUT_NOT_POSITIVE = Rule.error("rule_payout_positive", ITEM_AMOUNT, law("määrus §2(2) p 10"));
    public static final Rule PAYOUT_NOT_INSURED_EVENT = Rule.warning("rule_payout_not_insured_event", ITEM_TYPE,
            law("määrus §2(2) p 6, p 10"));
    public static final Rule RECOVERY_NOT_NEGATIVE = Rule.error("rule_recovery_negative", ITEM_AMOUNT,
            law("määrus §2(2) p 11"));
    public static final Rule ESTIMATE_NEGATIVE = Rule.error("rule_estimate_not_negative", ITEM_AMOUNT,
            law("määrus §2(2) p 12, p 13"));
    public static final Rule NON_PECUNIARY_NOT_FOR_LEVEL_ONE = Rule.error("rule_non_pecuniary_not_for_level_one",
            ITEM_AMOUNT, law("TOKVS §19"));
    public static final Rule NON_PECUNIARY_NEEDS_SEVERITY = Rule.error("rule_non_pecuniary_needs_severity", ITEM_AMOUNT,
            law("TOKVS §19; raskusastmete määrus §2"));
    public static final Rule NON_PECUNIARY_OVER_CAP = Rule.error("rule_non_pecuniary_cap", ITEM_AMOUNT, law("TOKVS §19"));
    public static final Rule WORK_CAPACITY_ONLY_PERMANENT = Rule.error("rule_work_capacity_only_permanent", GENERAL_PCT,
            WORK_CAPACITY);
    /** Reported at whichever of the two percentages is missing. */
    public static final Rule WORK_CAPACITY_BOTH = Rule.error("rule_work_capacity_both", Rule.AT_USE, WORK_CAPACITY);
    public static final Rule WORK_CAPACITY_BELOW_THRESHOLD = Rule.error("rule_work_capacity_below_threshold",
            GENERAL_PCT, WORK_CAPACITY);
    public static final Rule WORK_CAPACITY_EVENT_ABOVE_GENERAL = Rule.error("rule_work_capacity_event_above_general",
            EVENT_PCT, WORK_CAPACITY);

    private static final Rule.LegalBasis CORRECTIONS = law("määrus §3(1): a change is submitted, nothing deleted");
    public static final Rule REVERSAL_NO_ORIGINAL = Rule.error("rule_reversal_no_original", ITEM_AMOUNT, CORRECTIONS);
    public static final Rule REVERSAL_TWICE = Rule.error("rule_reversal_twice", Rule.WHOLE, CORRECTIONS);

    public static final List<Rule> RULES = List.of(REVERSAL_NO_ORIGINAL, REVERSAL_TWICE, NUMBER_TAKEN, INCIDENT_TYPE_NOT_FOR_INSURED_EVENT,
            COMPETENCE_NEEDS_SPECIALTY, COMPETENCE_NOT_OF_SPECIALTY, INCIDENT_AFTER_RECEIVED, FINISHED_DATE_REQUIRED,
            FINISHED_DATE_ONLY_WHEN_FINISHED, FINISHED_BEFORE_RECEIVED, INCIDENT_OUTSIDE_PERIOD, PAYOUT_NOT_POSITIVE,
            PAYOUT_NOT_INSURED_EVENT, RECOVERY_NOT_NEGATIVE, ESTIMATE_NEGATIVE, NON_PECUNIARY_NOT_FOR_LEVEL_ONE,
            NON_PECUNIARY_NEEDS_SEVERITY, NON_PECUNIARY_OVER_CAP, WORK_CAPACITY_ONLY_PERMANENT, WORK_CAPACITY_BOTH,
            WORK_CAPACITY_BELOW_THRESHOLD, WORK_CAPACITY_EVENT_ABOVE_GENERAL);

    /**
     * What the rules need from outside the claim: whether a code is allowed in a list (active, or already on
     * this record), whether a competence belongs to a specialty, the contract, and today.
     */
    public record Context(CodeCheck codes, BiPredicate<String, String> competenceOfSpecialty, ClaimContract contract,
            boolean claimNumberTaken, LocalDate today) {
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
            findings.add(NUMBER_TAKEN.at(claim.claimNumber()));
        }
        if (claim.contractNumber() != null && context.contract() == null) {
            findings.add(ContractRules.NOT_FOUND.at(claim.contractNumber()));
        }
    }

    private static void checkCodes(ClaimDraft claim, Context context, Findings findings) {
        code(context, findings, STATUS, "CLAIM_STATUS", claim.status());
        code(context, findings, INCIDENT_TYPE, "INCIDENT_TYPE", claim.incidentType());
        code(context, findings, SEVERITY, "SEVERITY", claim.severity());
        code(context, findings, SPECIALTY, "SPECIALTY", claim.specialty());
        code(context, findings, COMPETENCE, "ADDITIONAL_COMPETENCE", claim.additionalCompetence());
        if (STATUS_INSURED_EVENT.equals(claim.status()) && TYPES_NOT_FOR_INSURED_EVENT.contains(claim.incidentType())) {
            findings.add(INCIDENT_TYPE_NOT_FOR_INSURED_EVENT.at());
        }
        if (claim.additionalCompetence() != null) {
            if (claim.specialty() == null) {
                findings.add(COMPETENCE_NEEDS_SPECIALTY.at());
            } else if (!context.competenceOfSpecialty().test(claim.additionalCompetence(), claim.specialty())) {
                findings.add(COMPETENCE_NOT_OF_SPECIALTY.at());
            }
        }
    }

    private static void code(Context context, Findings findings, String field, String list, String code) {
        if (code != null && !context.codes().allows(list, code)) {
            findings.add(ReferenceRules.CODE_UNKNOWN.atField(field, code));
        }
    }

    private static void checkDates(ClaimDraft claim, Context context, Findings findings) {
        LocalDate today = context.today();
        notInFuture(findings, RECEIVED, claim.receivedDate(), today);
        notInFuture(findings, INCIDENT_DATE, claim.incidentDate(), today);
        notInFuture(findings, FINISHED_DATE, claim.finishedDate(), today);
        if (claim.incidentDate() != null && claim.receivedDate() != null && claim.incidentDate().isAfter(claim.receivedDate())) {
            findings.add(INCIDENT_AFTER_RECEIVED.at());
        }
        if (claim.handlingFinished() && claim.finishedDate() == null) {
            findings.add(FINISHED_DATE_REQUIRED.at());
        }
        if (!claim.handlingFinished() && claim.finishedDate() != null) {
            findings.add(FINISHED_DATE_ONLY_WHEN_FINISHED.at());
        }
        if (claim.finishedDate() != null && claim.receivedDate() != null && claim.finishedDate().isBefore(claim.receivedDate())) {
            findings.add(FINISHED_BEFORE_RECEIVED.at());
        }
        ClaimContract contract = context.contract();
        if (contract != null && claim.incidentDate() != null
                && (claim.incidentDate().isBefore(contract.periodStart()) || claim.incidentDate().isAfter(contract.periodEnd()))) {
            findings.add(INCIDENT_OUTSIDE_PERIOD.at(contract.periodStart(), contract.periodEnd()));
        }
    }

    private static void notInFuture(Findings findings, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            findings.add(CommonRules.DATE_IN_FUTURE.atField(field));
        }
    }

    private static void checkMoney(ClaimSnapshot snapshot, Context context, Findings findings) {
        ClaimDraft claim = snapshot.claim();
        BigDecimal nonPecuniary = BigDecimal.ZERO;
        // A reversal is its original with the opposite sign: the sign rules and codes are the original's, the sums net.
        for (ClaimSnapshot.Item payout : snapshot.payouts()) {
            if (NON_PECUNIARY.equals(payout.type()) && payout.amount() != null) {
                nonPecuniary = nonPecuniary.add(payout.amount());
            }
            if (payout.isReversal()) {
                continue;
            }
            item(findings, context, payout, "DAMAGE_TYPE");
            if (payout.amount() != null && payout.amount().signum() <= 0) {
                findings.add(PAYOUT_NOT_POSITIVE.at());
            }
            checkWorkCapacity(payout, findings);
        }
        if (!snapshot.standing(ItemForm.Kind.PAYOUT).isEmpty() && STATUS_NOT_INSURED_EVENT.equals(claim.status())) {
            findings.add(PAYOUT_NOT_INSURED_EVENT.at());
        }
        if (nonPecuniary.signum() > 0) {
            checkNonPecuniaryCap(claim.severity(), nonPecuniary, findings);
        }
        for (ClaimSnapshot.Item recovery : snapshot.recoveries()) {
            if (recovery.isReversal()) {
                continue;
            }
            item(findings, context, recovery, "RECOVERY_TYPE");
            if (recovery.amount() != null && recovery.amount().signum() >= 0) {
                findings.add(RECOVERY_NOT_NEGATIVE.at());
            }
        }
        for (ClaimSnapshot.Item reserve : snapshot.reserves()) {
            if (reserve.isReversal()) {
                continue;
            }
            item(findings, context, reserve, "DAMAGE_TYPE");
            if (reserve.amount() != null && reserve.amount().signum() < 0) {
                findings.add(ESTIMATE_NEGATIVE.at());
            }
        }
        for (ClaimSnapshot.Item outstanding : snapshot.outstandingRecoveries()) {
            if (outstanding.isReversal()) {
                continue;
            }
            item(findings, context, outstanding, "RECOVERY_TYPE");
            if (outstanding.amount() != null && outstanding.amount().signum() < 0) {
                findings.add(ESTIMATE_NEGATIVE.at());
            }
        }
    }

    private static void item(Findings findings, Context context, ClaimSnapshot.Item item, String list) {
        notInFuture(findings, ITEM_DATE, item.date(), context.today());
        code(context, findings, ITEM_TYPE, list, item.type());
    }

    private static void checkNonPecuniaryCap(String severity, BigDecimal total, Findings findings) {
        if (SEVERITY_I.equals(severity)) {
            findings.add(NON_PECUNIARY_NOT_FOR_LEVEL_ONE.at());
        } else if (SEVERITY_PENDING.equals(severity) || severity == null) {
            findings.add(NON_PECUNIARY_NEEDS_SEVERITY.at());
        } else {
            BigDecimal cap = NON_PECUNIARY_CAP.get(severity);
            if (cap != null && total.compareTo(cap) > 0) {
                findings.add(NON_PECUNIARY_OVER_CAP.at(severity, cap, total));
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
            findings.add(WORK_CAPACITY_ONLY_PERMANENT.at());
            return;
        }
        if (general == null || event == null) {
            findings.add(WORK_CAPACITY_BOTH.atField(general == null ? GENERAL_PCT : EVENT_PCT));
            return;
        }
        if (general.compareTo(MIN_GENERAL_REDUCTION) < 0) {
            findings.add(WORK_CAPACITY_BELOW_THRESHOLD.at());
        }
        if (event.compareTo(general) > 0) {
            findings.add(WORK_CAPACITY_EVENT_ABOVE_GENERAL.at());
        }
    }
}
