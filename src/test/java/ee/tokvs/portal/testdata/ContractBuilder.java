package ee.tokvs.portal.testdata;

import ee.tokvs.portal.contract.ContractDraft;
import ee.tokvs.portal.contract.ContractForm;
import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.demo.DemoData;
import java.time.LocalDate;

/**
 * A contract as a user fills in its form, every field with a sensible default (the large hospital insured for 2025,
 * concluded on 2 January), so that a test states only what it cares about. The same values make the form a service
 * takes ({@link #form()}), the draft the rules judge ({@link #draft()}) and what a browser test types
 * ({@code browser.FillIn}): a new field of the form gets its default here.
 */
public final class ContractBuilder {

    private String number = RegisterFixtures.unique("PK");
    private String changeDate = "2025-01-02";
    private String policyholder = DemoData.PROVIDER_LARGE_HOSPITAL;
    private String periodStart = "2025-01-01";
    private String periodEnd = "2025-12-31";
    private String sumPerEvent = "100000.00";
    private String sumAggregate = "300000.00";
    private String lockVersion;
    private boolean confirmWarnings;

    private ContractBuilder() {
    }

    public static ContractBuilder aContract() {
        return new ContractBuilder();
    }

    public ContractBuilder number(String number) {
        this.number = number;
        return this;
    }

    /** The day the version's data arose (a conclusion's, an amendment's or an extension's). */
    public ContractBuilder changeDate(String date) {
        this.changeDate = date;
        return this;
    }

    public ContractBuilder changeDate(LocalDate date) {
        return changeDate(date.toString());
    }

    public ContractBuilder policyholder(String registryCode) {
        this.policyholder = registryCode;
        return this;
    }

    public ContractBuilder period(String start, String end) {
        this.periodStart = start;
        return periodEnd(end);
    }

    public ContractBuilder period(LocalDate start, LocalDate end) {
        return period(start.toString(), end.toString());
    }

    public ContractBuilder periodEnd(String end) {
        this.periodEnd = end;
        return this;
    }

    public ContractBuilder periodEnd(LocalDate end) {
        return periodEnd(end.toString());
    }

    /** The sums insured per event and in aggregate, as typed. */
    public ContractBuilder sums(String perEvent, String aggregate) {
        this.sumAggregate = aggregate;
        return sumPerEvent(perEvent);
    }

    public ContractBuilder sumPerEvent(String perEvent) {
        this.sumPerEvent = perEvent;
        return this;
    }

    /** The contract's version as the page showed it, for a change. */
    public ContractBuilder lockVersion(long lockVersion) {
        this.lockVersion = String.valueOf(lockVersion);
        return this;
    }

    /** The user has seen the warnings (an unregistered policyholder) and saves all the same. */
    public ContractBuilder confirmingWarnings() {
        this.confirmWarnings = true;
        return this;
    }

    public String number() {
        return number;
    }

    public ContractForm form() {
        ContractForm form = new ContractForm();
        form.contractNumber = number;
        form.changeDate = changeDate;
        form.policyholderCode = policyholder;
        form.periodStart = periodStart;
        form.periodEnd = periodEnd;
        form.sumPerEvent = sumPerEvent;
        form.sumAggregate = sumAggregate;
        form.lockVersion = lockVersion;
        form.confirmWarnings = confirmWarnings;
        return form;
    }

    /** The form read as every channel reads it. */
    public ContractDraft draft() {
        return FormReading.read("contract", reading -> ContractRules.read(form(), reading));
    }
}
