package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The typed core of a claim (§2(2) items 1–9, 14, 15), as read from a form, a file row or an API call. */
public record ClaimDraft(String claimNumber, String contractNumber, LocalDate receivedDate, String incidentNumber,
        LocalDate incidentDate, String status, String incidentType, String severity, String specialty,
        String additionalCompetence, boolean handlingFinished, LocalDate finishedDate) {

    /** The submission events' actions for a claim's core; its money rows' are {@link ItemForm.Kind#action}. */
    public static final String ACTION_CREATED = "CLAIM_CREATED";
    public static final String ACTION_CHANGED = "CLAIM_CHANGED";

    /** Field-level differences from an earlier draft (null for a new claim). */
    public List<Change> changesFrom(ClaimDraft before) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "contractNumber", before == null ? null : before.contractNumber, contractNumber);
        compare(changes, "receivedDate", before == null ? null : before.receivedDate, receivedDate);
        compare(changes, "incidentNumber", before == null ? null : before.incidentNumber, incidentNumber);
        compare(changes, "incidentDate", before == null ? null : before.incidentDate, incidentDate);
        compare(changes, "status", before == null ? null : before.status, status);
        compare(changes, "incidentType", before == null ? null : before.incidentType, incidentType);
        compare(changes, "severity", before == null ? null : before.severity, severity);
        compare(changes, "specialty", before == null ? null : before.specialty, specialty);
        compare(changes, "additionalCompetence", before == null ? null : before.additionalCompetence, additionalCompetence);
        compare(changes, "handlingFinished", before == null ? null : before.handlingFinished, handlingFinished);
        compare(changes, "finishedDate", before == null ? null : before.finishedDate, finishedDate);
        return changes;
    }

    private static void compare(List<Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(Change.of(field, before, after));
        }
    }
}
