package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.RowLevelSecurity;
import ee.tokvs.portal.reference.ReferenceCache;
import ee.tokvs.portal.reference.RegistryCode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SQL straight in PostgreSQL as one tenant at a time, under its row-level security: for reading what a test checks,
 * and for the few things the services must not or cannot do (attacks on isolation, an upload row without its job).
 * Register data is saved through the services ({@link Register}); only {@link RegisterHistory} writes it here.
 */
@ApplicationScoped
public class RegisterFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReferenceCache reference;

    /** A number no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /**
     * A valid business-registry code (its check digit right) that no other test of this run uses: the two digits name
     * the range (e.g. 77 for providers the register has never seen, 19 for a test's own insurer), the rest is this run's
     * sequence.
     */
    public static String freshRegistryCode(String twoDigits) {
        String seven = twoDigits + String.format("%05d", SEQUENCE.incrementAndGet() % 100_000);
        return seven + RegistryCode.checkDigit(seven);
    }

    /**
     * A representative company in the register (no service adds one; the demo data brings the realm's), and waits
     * until the portal's {@link ReferenceCache} has taken it, as a page that names the company needs.
     */
    public void representativeCompany(String registryCode, String name) {
        update(ActingInsurer.NOBODY, "insert into representative_company (registry_code, name) values (?, ?)"
                + " on conflict (registry_code) do nothing", registryCode, name);
        Waiting.until("the portal knows the representative company " + registryCode,
                () -> reference.current().companies().containsKey(registryCode));
    }

    /**
     * An upload row (sent by a staff member) in this state, as a job would have left it (a finished one with its end
     * and one row counted); returns its id. Written here, not through the upload service, because the test needs the
     * row without a job behind it.
     */
    public long upload(String insurerCode, String status, String fileName) {
        boolean finished = !status.equals("QUEUED") && !status.equals("RUNNING");
        return insert(insurerCode, "insert into upload (insurer_code, kind, file_name, file_size, file_sha256,"
                + " accept_warnings, status, uploaded_by, uploaded_by_name, uploaded_at, finished_at, rows_total,"
                + " rows_created) values (?, 'CLAIMS', ?, 1, repeat('0', 64), false, ?, 'pohjala.staff', 'Kati Kask',"
                + " now(), case when ? then now() end, case when ? then 1 else 0 end, case when ? then 1 else 0 end)"
                + " returning id", insurerCode, fileName, status, finished, finished, finished);
    }

    /** An upload's status as its insurer sees it in the database. */
    public String uploadStatus(String insurerCode, long uploadId) {
        return asInsurer(insurerCode, connection -> {
            try (PreparedStatement statement = prepare(connection, "select status from upload where id = ?", uploadId);
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** Counts rows of a table as the given tenant ('*' for Terviseamet's view, '' for nobody) sees them. */
    public long count(String tenant, String sql, Object... params) {
        return firstNumber(tenant, sql, params);
    }

    /**
     * Runs SQL as the given tenant and returns the updated row count: only for writes no service makes, attacks on
     * isolation and states the rules refuse (an expired mandate, a withdrawn reserve).
     */
    public int update(String tenant, String sql, Object... params) {
        return asInsurer(tenant, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs an {@code insert … returning id} as the given tenant, for the same writes as {@link #update}. */
    public long insert(String tenant, String sql, Object... params) {
        return firstNumber(tenant, sql, params);
    }

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A connection acting for the tenant, for reads and attacks that need more than one statement. */
    public <T> T asInsurer(String tenant, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, tenant);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long firstNumber(String tenant, String sql, Object... params) {
        return asInsurer(tenant, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
