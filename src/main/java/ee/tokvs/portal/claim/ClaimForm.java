package ee.tokvs.portal.claim;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/** The claim form as typed: text only, so that what the user wrote comes back intact with the messages. */
public class ClaimForm {

    @RestForm
    public String claimNumber;
    @RestForm
    public String contractNumber;
    @RestForm
    public String receivedDate;
    @RestForm
    public String incidentNumber;
    @RestForm
    public String incidentDate;
    @RestForm
    public String status;
    @RestForm
    public String incidentType;
    @RestForm
    public String severity;
    @RestForm
    public String specialty;
    @RestForm
    public String additionalCompetence;
    @RestForm
    public boolean handlingFinished;
    @RestForm
    public String finishedDate;
    /** For a change: the day the data changed, which starts the one-working-day deadline. */
    @RestForm
    public String changeDate;
    @RestForm
    public String lockVersion;
    @RestForm
    public boolean confirmWarnings;

    public static final String CHANGE_DATE = "changeDate";

    /** The fields in the order claim/form.html shows them, with their labels. */
    public static final FormFields FIELDS = FormFields.of()
            .field("claimNumber", "field_claimNumber")
            .field("contractNumber", "field_contractNumber")
            .field("receivedDate", "field_receivedDate")
            .field("incidentNumber", "field_incidentNumber")
            .field("incidentDate", "field_incidentDate")
            .field("status", "field_status")
            .field("incidentType", "field_incidentType")
            .field("severity", "field_severity")
            .field("specialty", "field_specialty")
            .field("additionalCompetence", "field_additionalCompetence")
            .field("handlingFinished", "field_handlingFinished")
            .field("finishedDate", "field_finishedDate")
            .field(CHANGE_DATE, "field_claimChangeDate");

    public static ClaimForm from(Claim claim) {
        ClaimForm form = new ClaimForm();
        form.claimNumber = claim.claimNumber;
        form.contractNumber = claim.contract.contractNumber;
        form.receivedDate = claim.receivedDate.toString();
        form.incidentNumber = claim.incidentNumber;
        form.incidentDate = claim.incidentDate.toString();
        form.status = claim.status;
        form.incidentType = claim.incidentType;
        form.severity = claim.severity;
        form.specialty = claim.specialty;
        form.additionalCompetence = claim.additionalCompetence;
        form.handlingFinished = claim.handlingFinished;
        form.finishedDate = claim.finishedDate == null ? null : claim.finishedDate.toString();
        form.lockVersion = String.valueOf(claim.lockVersion);
        return form;
    }

    /** Reads the typed text; what cannot be read is reported at its field. */
    public ClaimDraft read(Findings findings) {
        return new ClaimDraft(
                Fields.required(findings, ClaimRules.CLAIM_NUMBER, claimNumber),
                Fields.required(findings, ClaimRules.CONTRACT, contractNumber),
                Fields.date(findings, ClaimRules.RECEIVED, receivedDate, true),
                Fields.required(findings, ClaimRules.INCIDENT_NUMBER, incidentNumber),
                Fields.date(findings, ClaimRules.INCIDENT_DATE, incidentDate, true),
                Fields.required(findings, ClaimRules.STATUS, status),
                Fields.required(findings, ClaimRules.INCIDENT_TYPE, incidentType),
                Fields.required(findings, ClaimRules.SEVERITY, severity),
                Fields.text(findings, ClaimRules.SPECIALTY, specialty),
                Fields.text(findings, ClaimRules.COMPETENCE, additionalCompetence),
                handlingFinished,
                Fields.date(findings, ClaimRules.FINISHED_DATE, finishedDate, false));
    }
}
