package ee.tokvs.portal.upload;

import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractSetWrite;
import ee.tokvs.portal.contract.ContractStates;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
final class ContractFileImport extends FileImport {

    private final ContractService contracts;
    private final ContractRowReader reader;
    private final ContractSetWrite write;
    /** The record whose rows are being judged. */
    private ContractRowJudge current;

    ContractFileImport(Connection connection, ContractService contracts, UploadHeader header, boolean acceptWarnings,
            ProblemSink sink, UploadTally tally, IntConsumer progress) throws SQLException {
        super(connection, "create temp table upload_contract_row (row_no int, contract_number text,"
                + " policyholder_code text, cells text[]) on commit drop", header, acceptWarnings, sink, tally, progress);
        this.contracts = contracts;
        this.reader = new ContractRowReader(header, acceptWarnings);
        this.write = contracts.setWrite(connection);
    }

    @Override
    void stage(TableReader table) throws SQLException {
        stage(table, "upload_contract_row", "contract_number, policyholder_code", (row, columns) -> {
            columns.add(header.value(row, ContractRules.NUMBER)).add(header.value(row, ContractRules.POLICYHOLDER));
            return reader.readable(row);
        });
    }

    /** Judges every staged row, contract by contract, gathering the saves to write while nothing refuses the file. */
    @Override
    void judge() throws SQLException {
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
        if (judged(row, judged.outcome()) && judged.save() != null) {
            write.saved(row.number(), judged.save());
        }
    }

    private void finish(ContractRowJudge judge) throws SQLException {
        if (judge != null && judge.firstSaveRow() != null && writing()) {
            write.contract(judge.firstSaveRow(), judge.state());
        }
    }

    @Override
    void write() throws SQLException {
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
