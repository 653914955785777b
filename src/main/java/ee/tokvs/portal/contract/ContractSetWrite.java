package ee.tokvs.portal.contract;

import ee.tokvs.portal.audit.StagedSubmissions;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.audit.SubmissionLog;
import ee.tokvs.portal.shared.db.CopyRows;
import ee.tokvs.portal.shared.db.Statements;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The set path of {@link ContractService}: saves already judged by the same {@code judge…} methods as a form's, for a
 * whole file at once. They are gathered with COPY into temporary tables of this transaction, then written with one
 * statement per table, {@code INSERT … SELECT} into the policyholders the register lacks, the contracts, their
 * versions and the submission events, so that the dashboards' statement triggers (dash_contract) run once per file.
 * A stored contract is written only if its version is still the one judged: a concurrent save makes the whole write
 * fail as an optimistic-lock conflict, as the entity's version would; so does a number concluded meanwhile.
 */
public final class ContractSetWrite {

    private static final String VERSION_COLUMNS = "version_no, change_kind, change_date, policyholder_code,"
            + " period_start, period_end, sum_per_event, sum_aggregate";

    private final Connection connection;
    private final CopyRows contracts;
    private final CopyRows versions;
    private final StagedSubmissions events;
    private int storedContracts;

    ContractSetWrite(Connection connection, SubmissionLog submissions) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table contract_set_contract (row_no int, contract_id bigint,"
                    + " contract_number text, lock_version int) on commit drop");
            statement.execute("create temp table contract_set_version (row_no int, contract_number text, version_no int,"
                    + " change_kind text, change_date date, policyholder_code text, period_start date, period_end date,"
                    + " sum_per_event numeric(14,2), sum_aggregate numeric(14,2)) on commit drop");
        }
        contracts = new CopyRows(connection, "contract_set_contract", "row_no, contract_id, contract_number, lock_version");
        versions = new CopyRows(connection, "contract_set_version", "row_no, contract_number, " + VERSION_COLUMNS);
        events = submissions.staged(connection, RecordType.CONTRACT);
    }

    /** A save the file makes: its version and its submission event. {@code rowNo} keeps the file's order. */
    public void saved(int rowNo, ContractSave save) throws SQLException {
        String number = save.after().contractNumber();
        ContractDraft draft = save.version().draft();
        versions.add(rowNo).add(number).add(save.versionNo()).add(save.version().kind().name()).add(draft.changeDate())
                .add(draft.policyholderCode()).add(draft.periodStart()).add(draft.periodEnd()).add(draft.sumPerEvent())
                .add(draft.sumAggregate()).endRow();
        events.add(rowNo, number, save.submission());
    }

    /**
     * A contract the file saved, once, at the row of its first save: concluded if it was not stored, else its
     * version taken one up (once, however many versions the file adds) if still the one judged.
     */
    public void contract(int rowNo, ContractState after) throws SQLException {
        if (after.isStored()) {
            storedContracts++;
        }
        contracts.add(rowNo).add(after.id()).add(after.contractNumber()).add(after.lockVersion()).endRow();
    }

    /** Writes everything gathered: one statement per table. */
    public void write() throws SQLException {
        contracts.send();
        versions.send();
        try (Statement statement = connection.createStatement()) {
            // Plans for the joins below from the real sizes; JIT compiling them would cost more than it saves.
            statement.execute("analyze contract_set_contract, contract_set_version");
            statement.execute("set local jit = off");
        }
        // As HealthcareProvider.registerUnknown: a code the register lacks waits for Terviseamet to complete it.
        Statements.update(connection, "insert into healthcare_provider (registry_code, known) select distinct policyholder_code, false"
                + " from contract_set_version on conflict (registry_code) do nothing");
        try {
            Statements.update(connection, "insert into contract (insurer_code, contract_number, lock_version) select tokvs_insurer(),"
                    + " contract_number, 0 from contract_set_contract where contract_id is null order by row_no");
        } catch (SQLException e) {
            if (Statements.isUniqueViolation(e)) {
                throw new OptimisticLockException("a contract number of the set was taken by someone else meanwhile", e);
            }
            throw e;
        }
        int updated = Statements.update(connection, "update contract c set lock_version = c.lock_version + 1 from contract_set_contract w"
                + " where w.contract_id = c.id and c.lock_version = w.lock_version");
        if (updated != storedContracts) {
            throw new OptimisticLockException("a contract of the set was saved by someone else meanwhile");
        }
        Statements.update(connection, "insert into contract_version (contract_id, insurer_code, " + VERSION_COLUMNS + ")"
                + " select c.id, tokvs_insurer(), v.version_no, v.change_kind, v.change_date, v.policyholder_code,"
                + " v.period_start, v.period_end, v.sum_per_event, v.sum_aggregate"
                + " from contract_set_version v join contract c on c.contract_number = v.contract_number order by v.row_no");
        events.write();
    }

}
