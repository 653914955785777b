package ee.tokvs.portal.upload;

import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractSetWrite;
import ee.tokvs.portal.contract.ContractStates;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntConsumer;

/**
 * A contracts file, judged first and written second, in one transaction and in constant memory whatever its length.
 * <ol>
 * <li>Stage: every row goes as text into a temporary table (COPY).</li>
 * <li>Judge: one cursor reads the rows by contract number, each contract's rows in the file's order, the first with
 * the contract as stored (its versions too) and every row with whether Terviseamet has its policyholder: one query
 * for the whole file's look-ups. {@link ContractRowJudge} judges a contract's rows over the contract as the file
 * makes it. Only one contract's rows are held at a time. Problems are staged too, and reported in the file's order
 * once every row is judged.</li>
 * <li>Write: unless anything refuses the file, the contract service's set path ({@link ContractSetWrite}) writes the
 * judged saves as sets.</li>
 * </ol>
 */
final class ContractFileImport implements FileImport {

    private final Connection connection;
    private final ContractService contracts;
    private final ContractRowReader reader;
    private final UploadHeader header;
    private final boolean acceptWarnings;
    private final ProblemSink sink;
    private final UploadTally tally;
    private final IntConsumer progress;
    private final ContractSetWrite write;
    private final StagedProblems found;
    private boolean refusing;
    /** The record whose rows are being judged. */
    private ContractRowJudge current;

    ContractFileImport(Connection connection, ContractService contracts, UploadHeader header, boolean acceptWarnings,
            ProblemSink sink, UploadTally tally, IntConsumer progress) throws SQLException {
        this.connection = connection;
        this.contracts = contracts;
        this.reader = new ContractRowReader(header, acceptWarnings);
        this.header = header;
        this.acceptWarnings = acceptWarnings;
        this.sink = sink;
        this.tally = tally;
        this.progress = progress;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table upload_contract_row (row_no int, contract_number text,"
                    + " policyholder_code text, cells text[]) on commit drop");
            // The sort of a whole file by contract stays in memory; JIT compiling the cursor would cost more than it saves.
            statement.execute("set local work_mem = '64MB'");
            statement.execute("set local jit = off");
        }
        this.write = contracts.setWrite(connection);
        this.found = new StagedProblems(connection);
    }

    @Override
    public void stage(TableReader table) throws SQLException {
        // A row that cannot be read refuses the file whatever the register holds: the judging need not gather saves
        // that will never be written.
        refusing |= !StagedRows.stage(connection, table, "upload_contract_row", "contract_number, policyholder_code",
                sink, (row, columns) -> {
                    columns.add(header.value(row, ContractRules.NUMBER)).add(header.value(row, ContractRules.POLICYHOLDER));
                    return reader.readable(row);
                });
    }

    /** Judges every staged row, contract by contract, gathering the saves to write while nothing refuses the file. */
    @Override
    public void judge() throws SQLException {
        StagedRows.byNumber(connection, CURSOR, "row_contract_number", (rs, firstOfNumber) -> {
            if (firstOfNumber) {
                finish(current);
                current = new ContractRowJudge(contracts, reader, ContractStates.read(rs));
            }
            judgeRow(current, rs);
        });
        finish(current);
    }

    private void judgeRow(ContractRowJudge judge, ResultSet rs) throws SQLException {
        TableRow row = StagedRows.row(rs);
        ContractRowJudge.Judged judged = judge.judge(row, rs.getBoolean("row_policyholder_known"));
        tally.count(judged.outcome().result());
        refusing |= found.add(sink.problemsOf(row, header, judged.outcome()), acceptWarnings);
        if (judged.save() != null && !refusing) {
            write.saved(row.number(), judged.save());
        }
        if (tally.rows % StagedRows.FETCH == 0) {
            progress.accept(tally.rows);
        }
    }

    private void finish(ContractRowJudge judge) throws SQLException {
        if (judge != null && judge.firstSaveRow() != null && !refusing) {
            write.contract(judge.firstSaveRow(), judge.state());
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
     * The file's rows by contract number, each number's rows in the file's order; the first row of a number carries
     * the contract as stored, every row whether Terviseamet has registered the policyholder it names.
     */
    private static final String CURSOR = "declare upload_rows no scroll cursor for"
            + " select r.row_no, r.contract_number as row_contract_number, r.cells,"
            + " coalesce(p.known, false) as row_policyholder_known, " + ContractStates.COLUMNS
            + " from (select u.*, row_number() over (partition by u.contract_number order by u.row_no) as nth"
            + "       from upload_contract_row u) r"
            + " left join healthcare_provider p on p.registry_code = r.policyholder_code"
            + " left join contract k on r.nth = 1 and k.contract_number = r.contract_number"
            + " order by r.contract_number collate \"C\", r.row_no";
}
