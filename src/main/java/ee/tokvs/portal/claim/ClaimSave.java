package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * A save of a claim judged before anything is written: what the rules found, and unless refused the claim as it
 * will be and the submission that records it.
 */
public record ClaimSave(SaveOutcome.Result result, Findings findings, ClaimState after, Submission submission) {

    /** The submission event a save records: its action, business date and field changes. */
    public record Submission(String action, LocalDate businessDate, List<Change> changes) {
    }

    static ClaimSave refused(Findings findings) {
        return new ClaimSave(SaveOutcome.Result.REFUSED, findings, null, null);
    }

    static ClaimSave unchanged(ClaimState state) {
        return new ClaimSave(SaveOutcome.Result.UNCHANGED, new Findings(), state, null);
    }

    public boolean isRefused() {
        return result == SaveOutcome.Result.REFUSED;
    }

    /** Whether the save writes something. */
    public boolean writes() {
        return submission != null;
    }
}
