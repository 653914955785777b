package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.RowLevelSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
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

    private Connection connect(String role, String secret) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", secret);
        return new org.postgresql.Driver().connect(url, properties);
    }
}
