package ee.tokvs.portal.upload;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An insurer's upload lock, held by a test as another upload would hold it: the insurer's next upload starts
 * (it is RUNNING, its worker has it) and then waits, until the test lets go.
 */
final class HeldUploadLock implements AutoCloseable {

    private final Connection connection;

    private HeldUploadLock(Connection connection) {
        this.connection = connection;
    }

    static HeldUploadLock of(AgroalDataSource dataSource, String insurerCode) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "upload:" + insurerCode);
                lock.execute();
            }
            return new HeldUploadLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Lets the waiting upload go on. */
    void release() throws SQLException {
        connection.rollback();
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
