package ee.tokvs.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a write answers: the record as saved (its id and version), the submission event it wrote with its
 * business date, deadline and whether it was late, and the warnings the call accepted. A check-only call gets
 * the receipt a save would give, with no ids (nothing was written).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(Result result, boolean checkOnly, RecordRef record, Submission submission,
        List<ApiProblem.Item> warnings) implements ApiCalls.Answer {

    public enum Result {
        CREATED, CHANGED, UNCHANGED
    }

    /** The record: contract or claim, its id, its number, and its version (a contract's version number, a claim's revision). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordRef(String type, Long id, String number, int version) {
    }

    /** The submission event the write recorded; absent when nothing changed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Submission(Long id, String action, LocalDate businessDate, LocalDate deadline, boolean late,
            Instant submittedAt) {
    }

    @Override
    public int status() {
        return result == Result.CREATED ? 201 : 200;
    }

    @Override
    public Receipt checkedOnly() {
        return new Receipt(result, true, new RecordRef(record.type(), null, record.number(), record.version()),
                submission == null ? null : new Submission(null, submission.action(), submission.businessDate(),
                        submission.deadline(), submission.late(), null),
                warnings);
    }
}
