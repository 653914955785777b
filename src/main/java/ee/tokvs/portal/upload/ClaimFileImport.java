package ee.tokvs.portal.upload;

import ee.tokvs.portal.claim.ClaimContract;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.claim.ClaimSetWrite;
import ee.tokvs.portal.claim.ClaimStates;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.sql.Statement;
import java.util.function.IntConsumer;

/**
 * A claims file, judged first and written second, in one transaction and in constant memory whatever its length.
 * <ol>
 * <li>Stage: every row goes as text into a temporary table (COPY).</li>
 * <li>Judge: one cursor reads the rows by claim number, each claim's rows in the file's order, the first with the
 * claim as stored (its money rows too) and every claim row with the contract it names: one query for the whole
 * file's look-ups. {@link ClaimRowJudge} judges a claim's rows over the claim as the file makes it, so a payout
 * is capped with the claim's stored and new payouts. Only one claim's rows are held at a time. Problems are
 * staged too, and reported in the file's order once every row is judged.</li>
 * <li>Write: unless anything refuses the file, the claim service's set path ({@link ClaimSetWrite}) writes the
 * judged saves as sets.</li>
 * </ol>
 */
final class ClaimFileImport implements FileImport {

    private final Connection connection;
    private final ClaimService claims;
    private final ClaimRowReader reader;
    private final UploadHeader header;
    private final boolean acceptWarnings;
    private final ProblemSink sink;
    private final UploadTally tally;
    private final IntConsumer progress;
    private final ClaimSetWrite write;
    private final StagedProblems found;
    private boolean refusing;
    /** The record whose rows are being judged. */
    private ClaimRowJudge current;

    ClaimFileImport(Connection connection, ClaimService claims, CodeMatcher codes,
            UploadHeader header, boolean acceptWarnings, ProblemSink sink, UploadTally tally, IntConsumer progress)
            throws SQLException {
        this.connection = connection;
        this.claims = claims;
        this.reader = new ClaimRowReader(header, codes, acceptWarnings);
        this.header = header;
        this.acceptWarnings = acceptWarnings;
        this.sink = sink;
        this.tally = tally;
        this.progress = progress;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table upload_claim_row (row_no int, claim_number text, contract_number text,"
                    + " cells text[]) on commit drop");
            // The sort of a whole file by claim stays in memory; JIT compiling the cursor would cost more than it saves.
            statement.execute("set local work_mem = '64MB'");
            statement.execute("set local jit = off");
        }
        this.write = claims.setWrite(connection);
        this.found = new StagedProblems(connection);
    }

    @Override
    public void stage(TableReader table) throws SQLException {
        // A row that cannot be read refuses the file whatever the register holds: the judging need not gather saves
        // that will never be written.
        refusing |= !StagedRows.stage(connection, table, "upload_claim_row", "claim_number, contract_number", sink,
                (row, columns) -> {
                    boolean claimRecord = header.value(row, ClaimRowReader.RECORD) != null;
                    columns.add(header.value(row, ClaimRules.CLAIM_NUMBER))
                            .add(claimRecord ? header.value(row, ClaimRules.CONTRACT) : null);
                    return reader.readable(row);
                });
    }

    /** Judges every staged row, claim by claim, gathering the saves to write while nothing refuses the file. */
    @Override
    public void judge() throws SQLException {
        StagedRows.byNumber(connection, CURSOR, "row_claim_number", (rs, firstOfNumber) -> {
            if (firstOfNumber) {
                finish(current);
                current = new ClaimRowJudge(claims, reader, ClaimStates.read(rs));
            }
            judgeRow(current, rs);
        });
        finish(current);
    }

    private void judgeRow(ClaimRowJudge judge, ResultSet rs) throws SQLException {
        TableRow row = StagedRows.row(rs);
        ClaimContract contract = rs.getObject("row_contract_id") == null ? null
                : new ClaimContract(rs.getLong("row_contract_id"), rs.getString("row_contract_number"),
                        rs.getObject("row_period_start", LocalDate.class), rs.getObject("row_period_end", LocalDate.class));
        ClaimRowJudge.Judged judged = judge.judge(row, contract);
        tally.count(judged.outcome().result());
        refusing |= found.add(sink.problemsOf(row, header, judged.outcome()), acceptWarnings);
        if (judged.save() != null && !refusing) {
            write.saved(row.number(), judge.state().core().claimNumber(), judged.kind(), judged.save());
        }
        if (tally.rows % StagedRows.FETCH == 0) {
            progress.accept(tally.rows);
        }
    }

    private void finish(ClaimRowJudge judge) throws SQLException {
        if (judge == null) {
            return;
        }
        if (judge.firstSaveRow() != null && !refusing) {
            write.claim(judge.firstSaveRow(), judge.state());
        }
    }

    @Override
    public void report() throws SQLException {
        found.report(sink);
    }

    @Override
    public void write() throws SQLException {
        write.write();
    }

    /**
     * The file's rows by claim number, each number's rows in the file's order; the first row of a number carries the
     * claim as stored, every row the contract its contract number names (a claim row's only).
     */
    private static final String CURSOR = "declare upload_rows no scroll cursor for"
            + " select r.row_no, r.claim_number as row_claim_number, r.cells, r.contract_number as row_contract_number,"
            + " rk.id as row_contract_id, rv.period_start as row_period_start, rv.period_end as row_period_end, "
            + ClaimStates.COLUMNS
            + " from (select u.*, row_number() over (partition by u.claim_number order by u.row_no) as nth"
            + "       from upload_claim_row u) r"
            + " left join contract rk on rk.contract_number = r.contract_number"
            + " left join current_contract_version rv on rv.contract_id = rk.id"
            + " left join claim c on r.nth = 1 and c.claim_number = r.claim_number "
            + ClaimStates.JOINS
            + " order by r.claim_number collate \"C\", r.row_no";
}
