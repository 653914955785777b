package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.RowLevelSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain JDBC sessions outside the portal's pools, for tests that attack or disturb the database: nothing they do is
 * left on a connection the portal uses. As the portal's own role (the one row-level security binds), or as the
 * schema's owner (the migrations' role).
 */
@ApplicationScoped
public class DatabaseSessions {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    /** As the portal's role, acting for this tenant as the portal sets up its pool's (null: never set). */
    public Connection asPortal(String tenant) throws SQLException {
        Connection c = connect(user, password);
        if (tenant != null) {
            RowLevelSecurity.setInsurer(c, tenant);
        }
        return c;
    }

    /** As the schema's owner, which also owns the database. */
    public Connection asOwner() throws SQLException {
        return connect(owner, ownerPassword);
    }

    /** The first column of the first row, as a number. */
    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return Long.parseLong(text(c, sql, params));
    }

    /** The first column of the first row, as text. */
    public static String text(Connection c, String sql, Object... params) throws SQLException {
        return strings(c, sql, params).get(0)[0];
    }

    /** Every row, each column as text. */
    public static List<String[]> strings(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<String[]> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    result.add(row);
                }
            }
            return result;
        }
    }

    /** Every row as column → value (the driver's Java types), columns in the query's order. */
    public static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<Map<String, Object>> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                var meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    result.add(row);
                }
            }
            return result;
        }
    }

    public static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private Connection connect(String role, String secret) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", secret);
        return new org.postgresql.Driver().connect(url, properties);
    }
}
