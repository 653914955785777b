package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;

/** What became of one row of an upload, and what the rules (and the reading) found about it. */
record RowOutcome(SaveOutcome.Result result, Findings findings) {

    static RowOutcome refused(Findings findings) {
        return new RowOutcome(SaveOutcome.Result.REFUSED, findings);
    }

    static RowOutcome unchanged() {
        return new RowOutcome(SaveOutcome.Result.UNCHANGED, new Findings());
    }
}
