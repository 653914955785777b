package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.RowLevelSecurity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds register data for tests straight in PostgreSQL, acting for one insurer at a time as the row-level
 * security requires, so a test can own data of an insurer it is not logged in as.
 */
@ApplicationScoped
public class RegisterFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Inject
    AgroalDataSource dataSource;

    /** A number no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** A concluded contract of the given insurer; returns its id. */
    public long contract(String insurerCode, String number, String policyholderCode) {
        return asInsurer(insurerCode, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into contract (insurer_code, contract_number) values (?, ?) returning id")) {
                insert.setString(1, insurerCode);
                insert.setString(2, number);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement version = connection.prepareStatement("insert into contract_version (contract_id,"
                    + " insurer_code, version_no, change_kind, change_date, policyholder_code, period_start, period_end,"
                    + " sum_per_event, sum_aggregate) values (?, ?, 1, 'CONCLUSION', ?, ?, ?, ?, ?, ?)")) {
                version.setLong(1, id);
                version.setString(2, insurerCode);
                version.setObject(3, LocalDate.of(2025, 1, 2));
                version.setString(4, policyholderCode);
                version.setObject(5, LocalDate.of(2025, 1, 1));
                version.setObject(6, LocalDate.of(2025, 12, 31));
                version.setBigDecimal(7, new BigDecimal("100000.00"));
                version.setBigDecimal(8, new BigDecimal("300000.00"));
                version.executeUpdate();
            }
            return id;
        });
    }

    /** A submitted claim under the given contract of the same insurer; returns its id. */
    public long claim(String insurerCode, long contractId, String number) {
        return asInsurer(insurerCode, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into claim (insurer_code, claim_number,"
                    + " contract_id, received_date, incident_number, incident_date, status, incident_type, severity)"
                    + " values (?, ?, ?, ?, ?, ?, 'SUBMITTED', 'BEING_SPECIFIED', 'PENDING') returning id")) {
                insert.setString(1, insurerCode);
                insert.setString(2, number);
                insert.setLong(3, contractId);
                insert.setObject(4, LocalDate.of(2025, 6, 10));
                insert.setString(5, "INC-" + number);
                insert.setObject(6, LocalDate.of(2025, 5, 1));
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** A mandate, valid from yesterday until further notice; returns its id. */
    public long mandate(String insurerCode, String representativeCode, boolean maySubmit, boolean mayQuery) {
        return asInsurer(insurerCode, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into mandate (insurer_code,"
                    + " representative_code, may_submit, may_query, valid_from, granted_by) values (?, ?, ?, ?,"
                    + " current_date - 1, 'fixture') returning id")) {
                insert.setString(1, insurerCode);
                insert.setString(2, representativeCode);
                insert.setBoolean(3, maySubmit);
                insert.setBoolean(4, mayQuery);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** A healthcare provider of the calling test alone, with this risk profile; returns its registry code. */
    public String provider(String riskProfile) {
        for (long n = System.nanoTime() % 1_000_000;; n = (n + 1) % 1_000_000) {
            String code = String.format("79%06d", n);
            if (update("", "insert into healthcare_provider (registry_code, name, risk_profile) values (?,"
                    + " 'Katse OÜ', ?) on conflict do nothing", code, riskProfile) == 1) {
                return code;
            }
        }
    }

    /**
     * An upload row (sent by a staff member) in this state, as a job would have left it (a finished one with its end
     * and one row counted), without a job behind it; returns its id.
     */
    public long upload(String insurerCode, String status, String fileName) {
        boolean finished = !status.equals("QUEUED") && !status.equals("RUNNING");
        return asInsurer(insurerCode, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("insert into upload (insurer_code, kind,"
                    + " file_name, file_size, file_sha256, accept_warnings, status, uploaded_by, uploaded_by_name,"
                    + " uploaded_at, finished_at, rows_total, rows_created) values (?, 'CLAIMS', ?, 1, repeat('0', 64),"
                    + " false, ?, 'pohjala.staff', 'Kati Kask', now(), case when ? then now() end,"
                    + " case when ? then 1 else 0 end, case when ? then 1 else 0 end) returning id")) {
                statement.setString(1, insurerCode);
                statement.setString(2, fileName);
                statement.setString(3, status);
                statement.setBoolean(4, finished);
                statement.setBoolean(5, finished);
                statement.setBoolean(6, finished);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** A code-list entry that a test may retire; returns its code. */
    public String codeListEntry(String list, String code) {
        update("", "insert into code_list_entry (list, code, label_et, label_en, sort_order) values (?, ?, ?, ?, 9999)",
                list, code, "katse " + code, "test " + code);
        return code;
    }

    /** Counts rows of a table as the given tenant ('*' for Terviseamet's view, '' for nobody) sees them. */
    public long count(String tenant, String sql, Object... params) {
        return asInsurer(tenant, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Runs SQL as the given tenant and returns the updated row count. */
    public int update(String tenant, String sql, Object... params) {
        return asInsurer(tenant, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T asInsurer(String tenant, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, tenant);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
