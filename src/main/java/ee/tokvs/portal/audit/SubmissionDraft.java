package ee.tokvs.portal.audit;

import java.time.LocalDate;
import java.util.List;

/** The submission event a judged save will record: its action, business date and field changes. */
public record SubmissionDraft(String action, LocalDate businessDate, List<Change> changes) {
}
