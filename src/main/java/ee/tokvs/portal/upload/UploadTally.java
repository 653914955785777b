package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.SaveOutcome;

/** Rows read, and what became of them. */
final class UploadTally {
    int rows;
    int created;
    int changed;
    int unchanged;

    void count(SaveOutcome.Result result) {
        rows++;
        switch (result) {
            case CREATED -> created++;
            case CHANGED -> changed++;
            case UNCHANGED -> unchanged++;
            case REFUSED -> {
                // Counted among the problems.
            }
        }
    }
}
