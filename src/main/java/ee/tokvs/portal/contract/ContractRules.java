package ee.tokvs.portal.contract;

import static ee.tokvs.portal.shared.rules.Rule.law;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.reference.ReferenceRules;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.shared.rules.CommonRules;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.Rule;
import java.time.LocalDate;
import java.util.List;

/**
 * Is this contract version valid, and why not (§2(1)). Plain functions over plain data: forms, uploads and the
 * API ask here.
 */
public final class ContractRules {

    public static final String NUMBER = "contractNumber";
    public static final String CHANGE_DATE = "changeDate";
    public static final String POLICYHOLDER = "policyholderCode";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String SUM_PER_EVENT = "sumPerEvent";
    public static final String SUM_AGGREGATE = "sumAggregate";

    public static final Rule NUMBER_TAKEN = Rule.error("rule_contract_number_taken", NUMBER, law("määrus §2(1) p 1"));
    /** No contract of this insurer has the number: a claim's contract, or a contract row that changes one. */
    public static final Rule NOT_FOUND = Rule.error("rule_contract_not_found", NUMBER,
            law("määrus §2(1) p 1, §2(2) p 3"));
    public static final Rule POLICYHOLDER_UNKNOWN = Rule.warning("rule_policyholder_unknown", POLICYHOLDER,
            law("määrus §2(1) p 2"));
    public static final Rule SUM_NOT_POSITIVE = Rule.error("rule_amount_positive", Rule.AT_USE, law("määrus §2(1) p 5"));
    public static final Rule AGGREGATE_BELOW_PER_EVENT = Rule.error("rule_aggregate_below_per_event", SUM_AGGREGATE,
            law("määrus §2(1) p 5"));
    public static final Rule CHANGE_BEFORE_PREVIOUS = Rule.error("rule_change_before_previous", CHANGE_DATE,
            law("määrus §2(1) p 1, p 3"));
    public static final Rule EXTENSION_MUST_EXTEND = Rule.error("rule_extension_must_extend", PERIOD_END,
            law("määrus §2(1) p 3, p 4"));

    public static final List<Rule> RULES = List.of(NUMBER_TAKEN, NOT_FOUND, POLICYHOLDER_UNKNOWN, SUM_NOT_POSITIVE,
            AGGREGATE_BELOW_PER_EVENT, CHANGE_BEFORE_PREVIOUS, EXTENSION_MUST_EXTEND);

    /** What the rules need to know beyond the draft itself. */
    public record Context(ChangeKind kind, ContractDraft previous, boolean numberTaken, boolean policyholderKnown,
            LocalDate today) {
    }

    private ContractRules() {
    }

    /** Reads typed text into a draft; what cannot be read is reported, the rest is still checked. */
    public static ContractDraft read(ContractForm form, Findings findings) {
        return new ContractDraft(
                Fields.required(findings, NUMBER, form.contractNumber),
                Fields.date(findings, CHANGE_DATE, form.changeDate, true),
                Fields.required(findings, POLICYHOLDER, form.policyholderCode),
                Fields.date(findings, PERIOD_START, form.periodStart, true),
                Fields.date(findings, PERIOD_END, form.periodEnd, true),
                Fields.money(findings, SUM_PER_EVENT, form.sumPerEvent, true),
                Fields.money(findings, SUM_AGGREGATE, form.sumAggregate, true));
    }

    public static Findings check(ContractDraft draft, Context context) {
        Findings findings = new Findings();
        if (context.kind() == ChangeKind.CONCLUSION && context.numberTaken()) {
            findings.add(NUMBER_TAKEN.at(draft.contractNumber()));
        }
        if (draft.policyholderCode() != null) {
            if (!RegistryCode.isValid(draft.policyholderCode())) {
                findings.add(ReferenceRules.REGISTRY_CODE_INVALID.atField(POLICYHOLDER, draft.policyholderCode()));
            } else if (!context.policyholderKnown()) {
                findings.add(POLICYHOLDER_UNKNOWN.at(draft.policyholderCode()));
            }
        }
        if (draft.changeDate() != null && draft.changeDate().isAfter(context.today())) {
            findings.add(CommonRules.DATE_IN_FUTURE.atField(CHANGE_DATE));
        }
        if (draft.periodStart() != null && draft.periodEnd() != null && draft.periodEnd().isBefore(draft.periodStart())) {
            findings.add(CommonRules.PERIOD_END_BEFORE_START.atField(PERIOD_END));
        }
        if (draft.sumPerEvent() != null && draft.sumPerEvent().signum() <= 0) {
            findings.add(SUM_NOT_POSITIVE.atField(SUM_PER_EVENT));
        }
        if (draft.sumAggregate() != null && draft.sumAggregate().signum() <= 0) {
            findings.add(SUM_NOT_POSITIVE.atField(SUM_AGGREGATE));
        }
        if (draft.sumPerEvent() != null && draft.sumAggregate() != null
                && draft.sumAggregate().compareTo(draft.sumPerEvent()) < 0) {
            findings.add(AGGREGATE_BELOW_PER_EVENT.at());
        }
        if (context.kind() != ChangeKind.CONCLUSION && context.previous() != null) {
            checkChange(draft, context, findings);
        }
        return findings;
    }

    private static void checkChange(ContractDraft draft, Context context, Findings findings) {
        ContractDraft previous = context.previous();
        if (draft.changeDate() != null && draft.changeDate().isBefore(previous.changeDate())) {
            findings.add(CHANGE_BEFORE_PREVIOUS.at(previous.changeDate()));
        }
        if (context.kind() == ChangeKind.EXTENSION && draft.periodEnd() != null
                && !draft.periodEnd().isAfter(previous.periodEnd())) {
            findings.add(EXTENSION_MUST_EXTEND.at(previous.periodEnd()));
        }
        if (!findings.hasErrors() && draft.changesFrom(previous).isEmpty()) {
            findings.add(CommonRules.NOTHING_CHANGED.atField(CHANGE_DATE));
        }
    }
}
