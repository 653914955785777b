package ee.tokvs.portal.contract;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.time.LocalDate;

/**
 * Is this contract version valid, and why not (§2(1)). Plain functions over plain data: forms and uploads
 * ask here, and so will the coming API.
 */
public final class ContractRules {

    public static final String NUMBER = "contractNumber";
    public static final String CHANGE_DATE = "changeDate";
    public static final String POLICYHOLDER = "policyholderCode";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String SUM_PER_EVENT = "sumPerEvent";
    public static final String SUM_AGGREGATE = "sumAggregate";

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
            findings.error(NUMBER, "rule_contract_number_taken", draft.contractNumber());
        }
        if (draft.policyholderCode() != null) {
            if (!RegistryCode.isValid(draft.policyholderCode())) {
                findings.error(POLICYHOLDER, "rule_registry_code_invalid", draft.policyholderCode());
            } else if (!context.policyholderKnown()) {
                findings.warning(POLICYHOLDER, "rule_policyholder_unknown", draft.policyholderCode());
            }
        }
        if (draft.changeDate() != null && draft.changeDate().isAfter(context.today())) {
            findings.error(CHANGE_DATE, "rule_date_in_future");
        }
        if (draft.periodStart() != null && draft.periodEnd() != null && draft.periodEnd().isBefore(draft.periodStart())) {
            findings.error(PERIOD_END, "rule_period_end_before_start");
        }
        if (draft.sumPerEvent() != null && draft.sumPerEvent().signum() <= 0) {
            findings.error(SUM_PER_EVENT, "rule_amount_positive");
        }
        if (draft.sumAggregate() != null && draft.sumAggregate().signum() <= 0) {
            findings.error(SUM_AGGREGATE, "rule_amount_positive");
        }
        if (draft.sumPerEvent() != null && draft.sumAggregate() != null
                && draft.sumAggregate().compareTo(draft.sumPerEvent()) < 0) {
            findings.error(SUM_AGGREGATE, "rule_aggregate_below_per_event");
        }
        if (context.kind() != ChangeKind.CONCLUSION && context.previous() != null) {
            checkChange(draft, context, findings);
        }
        return findings;
    }

    private static void checkChange(ContractDraft draft, Context context, Findings findings) {
        ContractDraft previous = context.previous();
        if (draft.changeDate() != null && draft.changeDate().isBefore(previous.changeDate())) {
            findings.error(CHANGE_DATE, "rule_change_before_previous", previous.changeDate());
        }
        if (context.kind() == ChangeKind.EXTENSION && draft.periodEnd() != null
                && !draft.periodEnd().isAfter(previous.periodEnd())) {
            findings.error(PERIOD_END, "rule_extension_must_extend", previous.periodEnd());
        }
        if (!findings.hasErrors() && draft.changesFrom(previous).isEmpty()) {
            findings.error(CHANGE_DATE, "rule_nothing_changed");
        }
    }
}
