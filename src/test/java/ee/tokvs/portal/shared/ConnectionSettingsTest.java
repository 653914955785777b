package ee.tokvs.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Every pooled connection starts without PostgreSQL's JIT compilation of queries (application.properties), and keeps
 * it off through a reset of the setting, as the dashboards' reads make after theirs.
 */
@QuarkusTest
class ConnectionSettingsTest {

    @Inject
    AgroalDataSource main;

    @Inject
    @DataSource("access")
    AgroalDataSource access;

    @Test
    void neitherPoolCompilesQueries() throws SQLException {
        for (AgroalDataSource pool : new AgroalDataSource[] {main, access}) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                assertEquals("off", jit(statement));
                statement.execute("set jit = on");
                assertEquals("on", jit(statement));
                statement.execute("reset jit");
                assertEquals("off", jit(statement), "a reset goes back to the connection's own start, not to on");
            }
        }
    }

    private static String jit(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("show jit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
