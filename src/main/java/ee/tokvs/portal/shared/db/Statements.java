package ee.tokvs.portal.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Plain JDBC statements on a connection of the caller's, for the few places that write past the ORM. */
public final class Statements {

    /** PostgreSQL's SQLSTATE for a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Statements() {
    }

    /** Runs an insert, update or delete with its parameters in order; returns the rows it touched. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Whether the database refused a row as a duplicate of a unique key. */
    public static boolean isUniqueViolation(SQLException failure) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState());
    }
}
