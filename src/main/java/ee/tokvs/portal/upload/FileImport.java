package ee.tokvs.portal.upload;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntConsumer;

/**
 * A file of one kind, judged first and written second, in the upload's one transaction and in constant memory
 * whatever its length: its rows staged, judged record by record, their problems reported in the file's order, and
 * unless anything refuses the file, its saves written as sets. What every kind does alike is here; a kind says how
 * its rows are staged, judged and written.
 */
abstract class FileImport {

    protected final Connection connection;
    protected final UploadHeader header;
    private final boolean acceptWarnings;
    private final ProblemSink sink;
    private final UploadTally tally;
    private final IntConsumer progress;
    private final StagedProblems found;
    /** Whether a row so far refuses the file: from then on no save is gathered, as none will be written. */
    private boolean refusing;

    /** Creates the staging table ({@code create temp table … on commit drop}) and readies the transaction. */
    FileImport(Connection connection, String stagingTable, UploadHeader header, boolean acceptWarnings,
            ProblemSink sink, UploadTally tally, IntConsumer progress) throws SQLException {
        this.connection = connection;
        this.header = header;
        this.acceptWarnings = acceptWarnings;
        this.sink = sink;
        this.tally = tally;
        this.progress = progress;
        try (Statement statement = connection.createStatement()) {
            statement.execute(stagingTable);
            // The sort of a whole file by record stays in memory; JIT compiling the cursor would cost more than it saves.
            statement.execute("set local work_mem = '64MB'");
            statement.execute("set local jit = off");
        }
        this.found = new StagedProblems(connection);
    }

    /** Stages the file's rows after the header. A file that cannot be read further is reported as such. */
    abstract void stage(TableReader table) throws SQLException;

    /** Judges every staged row, gathering the saves to write while nothing refuses the file. */
    abstract void judge() throws SQLException;

    /** Writes the judged saves. */
    abstract void write() throws SQLException;

    /**
     * Stages the rows into {@code table (row_no, columns…, cells)}. A row that cannot be read refuses the file whatever
     * the register holds: the judging then gathers no saves that will never be written.
     */
    protected void stage(TableReader table, String stagingTable, String columns, StagedRows.Stager stager)
            throws SQLException {
        refusing |= !StagedRows.stage(connection, table, stagingTable, columns, sink, stager);
    }

    /**
     * A row judged: counted, its problems staged, the progress moved on. Returns whether its save, if any, is to be
     * gathered (nothing so far refuses the file).
     */
    protected boolean judged(TableRow row, RowOutcome outcome) throws SQLException {
        tally.count(outcome.result());
        refusing |= found.add(sink.problemsOf(row, header, outcome), acceptWarnings);
        if (tally.rows % StagedRows.FETCH == 0) {
            progress.accept(tally.rows);
        }
        return !refusing;
    }

    /** Whether a record's saves are still to be written. */
    protected boolean writing() {
        return !refusing;
    }

    /** Adds the judged rows' problems to the report, in the file's order. */
    void report() throws SQLException {
        found.report(sink);
    }
}
