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
final class ClaimFileImport extends FileImport {

    private final ClaimService claims;
    private final ClaimRowReader reader;
    private final ClaimSetWrite write;
    /** The record whose rows are being judged. */
    private ClaimRowJudge current;

    ClaimFileImport(Connection connection, ClaimService claims, CodeMatcher codes,
            UploadHeader header, boolean acceptWarnings, ProblemSink sink, UploadTally tally, IntConsumer progress)
            throws SQLException {
        super(connection, "create temp table upload_claim_row (row_no int, claim_number text, contract_number text,"
                + " cells text[]) on commit drop", header, acceptWarnings, sink, tally, progress);
        this.claims = claims;
        this.reader = new ClaimRowReader(header, codes, acceptWarnings);
        this.write = claims.setWrite(connection);
    }

    @Override
    void stage(TableReader table) throws SQLException {
        stage(table, "upload_claim_row", "claim_number, contract_number", (row, columns) -> {
            boolean claimRecord = header.value(row, ClaimRowReader.RECORD) != null;
            columns.add(header.value(row, ClaimRules.CLAIM_NUMBER))
                    .add(claimRecord ? header.value(row, ClaimRules.CONTRACT) : null);
            return reader.readable(row);
        });
    }

    /** Judges every staged row, claim by claim, gathering the saves to write while nothing refuses the file. */
    @Override
    void judge() throws SQLException {
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
        if (judged(row, judged.outcome()) && judged.save() != null) {
            write.saved(row.number(), judge.state().core().claimNumber(), judged.kind(), judged.save());
        }
    }

    private void finish(ClaimRowJudge judge) throws SQLException {
        if (judge == null) {
            return;
        }
        if (judge.firstSaveRow() != null && writing()) {
            write.claim(judge.firstSaveRow(), judge.state());
        }
    }

    @Override
    void write() throws SQLException {
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
