package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.SubmissionDraft;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;

/**
 * A save of a claim judged before anything is written: what the rules found, and unless refused the claim as it
 * will be and the submission that records it.
 */
public record ClaimSave(SaveOutcome.Result result, Findings findings, ClaimState after, SubmissionDraft submission) {

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
