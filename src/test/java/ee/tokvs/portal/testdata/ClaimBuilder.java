package ee.tokvs.portal.testdata;

import ee.tokvs.portal.claim.ClaimDraft;
import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ClaimRules;
import java.time.LocalDate;

/**
 * A claim as a user fills in its form, every field with a sensible default (received on 10 June 2025 for an incident
 * of 1 May, submitted and still being specified, handling open), so that a test states only what it cares about. Only
 * the contract has no default: {@code Register} concludes one when a test names none. The same values make the form
 * a service takes ({@link #form()}), the draft the rules judge ({@link #draft()}) and what a browser test types
 * ({@code browser.FillIn}): a new field of the form gets its default here.
 */
public final class ClaimBuilder {

    public static final LocalDate RECEIVED = LocalDate.of(2025, 6, 10);
    public static final LocalDate INCIDENT = LocalDate.of(2025, 5, 1);

    private String number = RegisterFixtures.unique("KN");
    private String contract;
    private String received = RECEIVED.toString();
    private String incidentNumber;
    private String incident = INCIDENT.toString();
    private String status = ClaimRules.STATUS_SUBMITTED;
    private String type = "BEING_SPECIFIED";
    private String severity = ClaimRules.SEVERITY_PENDING;
    private String specialty;
    private String competence;
    private boolean finished;
    private String finishedDate;
    private String changeDate;
    private String lockVersion;
    private boolean confirmWarnings;

    private ClaimBuilder() {
    }

    public static ClaimBuilder aClaim() {
        return new ClaimBuilder();
    }

    public ClaimBuilder number(String number) {
        this.number = number;
        return this;
    }

    /** The number of the contract the claim falls under. */
    public ClaimBuilder contract(String contractNumber) {
        this.contract = contractNumber;
        return this;
    }

    public ClaimBuilder received(String date) {
        this.received = date;
        return this;
    }

    public ClaimBuilder received(LocalDate date) {
        return received(date.toString());
    }

    /** Unless set, the claim's number with "INC-" before it. */
    public ClaimBuilder incidentNumber(String incidentNumber) {
        this.incidentNumber = incidentNumber;
        return this;
    }

    public ClaimBuilder incident(String date) {
        this.incident = date;
        return this;
    }

    public ClaimBuilder incident(LocalDate date) {
        return incident(date.toString());
    }

    public ClaimBuilder status(String status) {
        this.status = status;
        return this;
    }

    public ClaimBuilder type(String incidentType) {
        this.type = incidentType;
        return this;
    }

    public ClaimBuilder severity(String severity) {
        this.severity = severity;
        return this;
    }

    /** An insured event: an infection of this severity. */
    public ClaimBuilder insured(String severity) {
        return status(ClaimRules.STATUS_INSURED_EVENT).type("INFECTION").severity(severity);
    }

    public ClaimBuilder specialty(String specialty) {
        this.specialty = specialty;
        return this;
    }

    public ClaimBuilder competence(String additionalCompetence) {
        this.competence = additionalCompetence;
        return this;
    }

    /** Handling finished on this day. */
    public ClaimBuilder finished(String date) {
        return handling(true, date);
    }

    public ClaimBuilder finished(LocalDate date) {
        return finished(date.toString());
    }

    /** Whether handling is finished and the finished date, each as given (the rules judge whether they agree). */
    public ClaimBuilder handling(boolean finished, LocalDate finishedDate) {
        return handling(finished, finishedDate == null ? null : finishedDate.toString());
    }

    private ClaimBuilder handling(boolean finished, String finishedDate) {
        this.finished = finished;
        this.finishedDate = finishedDate;
        return this;
    }

    /** For a change: the day the data changed. */
    public ClaimBuilder changeDate(String date) {
        this.changeDate = date;
        return this;
    }

    /** The claim's version as the page showed it, for a change. */
    public ClaimBuilder lockVersion(long lockVersion) {
        this.lockVersion = String.valueOf(lockVersion);
        return this;
    }

    /** The user has seen the warnings (an incident outside the contract's period) and saves all the same. */
    public ClaimBuilder confirmingWarnings() {
        this.confirmWarnings = true;
        return this;
    }

    public String number() {
        return number;
    }

    public String contract() {
        return contract;
    }

    public ClaimForm form() {
        ClaimForm form = new ClaimForm();
        form.claimNumber = number;
        form.contractNumber = contract;
        form.receivedDate = received;
        form.incidentNumber = incidentNumber();
        form.incidentDate = incident;
        form.status = status;
        form.incidentType = type;
        form.severity = severity;
        form.specialty = specialty;
        form.additionalCompetence = competence;
        form.handlingFinished = finished;
        form.finishedDate = finishedDate;
        form.changeDate = changeDate;
        form.lockVersion = lockVersion;
        form.confirmWarnings = confirmWarnings;
        return form;
    }

    /** The claim's core as the rules judge it. */
    public ClaimDraft draft() {
        return new ClaimDraft(number, contract, date(received), incidentNumber(), date(incident), status, type, severity,
                specialty, competence, finished, date(finishedDate));
    }

    private String incidentNumber() {
        return incidentNumber != null ? incidentNumber : "INC-" + number;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
