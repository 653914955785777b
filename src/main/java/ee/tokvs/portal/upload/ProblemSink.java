package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects an upload's problems and writes them in batches as they come, outside the upload's transaction,
 * so the report survives the rollback of a refused upload and a file full of errors does not fill the memory.
 */
final class ProblemSink {

    private static final int BATCH = 500;

    private final long uploadId;
    private final String insurerCode;
    private final UploadRecords records;
    private final List<UploadProblem> pending = new ArrayList<>();
    private int errors;
    private int warnings;

    ProblemSink(long uploadId, String insurerCode, UploadRecords records) {
        this.uploadId = uploadId;
        this.insurerCode = insurerCode;
        this.records = records;
    }

    /** What a row's findings come to in the report, each at the column the file gave its field; not yet added. */
    List<UploadProblem> problemsOf(TableRow row, UploadHeader header, RowOutcome outcome) {
        Findings findings = outcome.findings();
        List<UploadProblem> problems = new ArrayList<>();
        if (outcome.result() == SaveOutcome.Result.REFUSED && !findings.hasErrors() && !findings.hasWarnings()) {
            problems.add(UploadProblem.of(uploadId, row.number(), null, null, UploadRules.ROW_REFUSED.at()));
        }
        for (Finding finding : findings.all()) {
            problems.add(UploadProblem.of(uploadId, row.number(), header.columnName(finding.field()),
                    header.value(row, finding.field()), finding));
        }
        return problems;
    }

    /**
     * A problem of the file as a whole, kept until the next flush: a file has few, and noting why an upload failed
     * must not need the database that may be what failed.
     */
    void file(Finding finding) {
        note(UploadProblem.of(uploadId, null, null, null, finding));
    }

    /** A problem of a row, in the report's order. */
    void add(UploadProblem problem) {
        note(problem);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    private void note(UploadProblem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        pending.add(problem);
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        records.problems(insurerCode, pending);
        pending.clear();
    }

    /** The problems not yet written, for writing with the upload's end. */
    List<UploadProblem> unwritten() {
        return List.copyOf(pending);
    }

    /** The problems {@link #unwritten} gave were written. */
    void written() {
        pending.clear();
    }

    long uploadId() {
        return uploadId;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** Whether the upload must be refused: an error, or a warning not accepted beforehand. */
    boolean refuses(boolean acceptWarnings) {
        return errors > 0 || (warnings > 0 && !acceptWarnings);
    }
}
