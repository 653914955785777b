package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;

/** Saves one row of an upload through the register's own services, as a form would. */
interface RowImporter {

    /** What became of one row, and what the rules (and the reading) found about it. */
    record RowOutcome(SaveOutcome.Result result, Findings findings) {

        static RowOutcome of(SaveOutcome<?> outcome, Findings reading) {
            return new RowOutcome(outcome.result(), reading.addAll(outcome.findings()));
        }

        static RowOutcome refused(Findings findings) {
            return new RowOutcome(SaveOutcome.Result.REFUSED, findings);
        }

        static RowOutcome unchanged() {
            return new RowOutcome(SaveOutcome.Result.UNCHANGED, new Findings());
        }
    }

    RowOutcome importRow(TableRow row, UploadHeader header);
}
