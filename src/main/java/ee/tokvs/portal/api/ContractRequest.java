package ee.tokvs.portal.api;

import ee.tokvs.portal.contract.ContractForm;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract version as a claims system sends it: conclusion, amendment or extension. Read into the same form
 * the page posts, so the same rules judge it; a missing value is the rules' "required", at its field.
 */
public record ContractRequest(String policyholderCode, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal sumPerEvent, BigDecimal sumAggregate, LocalDate changeDate, boolean acceptWarnings) {

    ContractForm toForm(String contractNumber, ChangeKind kind) {
        ContractForm form = new ContractForm();
        form.contractNumber = contractNumber;
        form.changeKind = kind.name();
        form.changeDate = ApiValues.text(changeDate);
        form.policyholderCode = policyholderCode;
        form.periodStart = ApiValues.text(periodStart);
        form.periodEnd = ApiValues.text(periodEnd);
        form.sumPerEvent = ApiValues.text(sumPerEvent);
        form.sumAggregate = ApiValues.text(sumAggregate);
        form.confirmWarnings = acceptWarnings;
        return form;
    }
}
