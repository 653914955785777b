package ee.tokvs.portal.contract;

import ee.tokvs.portal.shared.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/** A contract form as typed: text only, so that what the user wrote comes back intact with the messages. */
public class ContractForm {

    /** The fields in the order contract/form.html shows them, with their labels. */
    public static final FormFields FIELDS = FormFields.of()
            .field("contractNumber", "field_contractNumber")
            .field("changeDate", "field_changeDate")
            .field("policyholderCode", "field_policyholderCode")
            .field("periodStart", "field_periodStart")
            .field("periodEnd", "field_periodEnd")
            .field("sumPerEvent", "field_sumPerEvent")
            .field("sumAggregate", "field_sumAggregate");

    @RestForm
    public String contractNumber;
    @RestForm
    public String changeKind;
    @RestForm
    public String changeDate;
    @RestForm
    public String policyholderCode;
    @RestForm
    public String periodStart;
    @RestForm
    public String periodEnd;
    @RestForm
    public String sumPerEvent;
    @RestForm
    public String sumAggregate;
    @RestForm
    public String lockVersion;
    @RestForm
    public boolean confirmWarnings;

    public static ContractForm from(ContractVersion version, ContractVersion.ChangeKind kind) {
        ContractForm form = new ContractForm();
        form.contractNumber = version.contract.contractNumber;
        form.changeKind = kind.name();
        form.changeDate = "";
        form.policyholderCode = version.policyholderCode;
        form.periodStart = version.periodStart.toString();
        form.periodEnd = version.periodEnd.toString();
        form.sumPerEvent = version.sumPerEvent.toPlainString();
        form.sumAggregate = version.sumAggregate.toPlainString();
        form.lockVersion = String.valueOf(version.contract.lockVersion);
        return form;
    }
}
