package ee.tokvs.portal.api;

import ee.tokvs.portal.claim.ClaimForm;
import java.time.LocalDate;

/**
 * A claim as a claims system sends it, created or changed by its number; a change is dated by its
 * {@code changeDate}. Read into the same form the page posts, so the same rules judge it.
 */
public record ClaimRequest(String contractNumber, LocalDate receivedDate, String incidentNumber, LocalDate incidentDate,
        String status, String incidentType, String severity, String specialty, String additionalCompetence,
        boolean handlingFinished, LocalDate finishedDate, LocalDate changeDate, boolean acceptWarnings) {

    ClaimForm toForm(String claimNumber) {
        ClaimForm form = new ClaimForm();
        form.claimNumber = claimNumber;
        form.contractNumber = contractNumber;
        form.receivedDate = ApiValues.text(receivedDate);
        form.incidentNumber = incidentNumber;
        form.incidentDate = ApiValues.text(incidentDate);
        form.status = status;
        form.incidentType = incidentType;
        form.severity = severity;
        form.specialty = specialty;
        form.additionalCompetence = additionalCompetence;
        form.handlingFinished = handlingFinished;
        form.finishedDate = ApiValues.text(finishedDate);
        form.changeDate = ApiValues.text(changeDate);
        form.confirmWarnings = acceptWarnings;
        return form;
    }
}
