package ee.tokvs.portal.session;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login sessions that have ended (table {@code revoked_session}). Read on every request, on the pool outside
 * transactions ("access"), because the answer decides whether the request is logged in at all.
 */
@ApplicationScoped
public class RevokedSessions {

    @Inject
    @io.quarkus.agroal.DataSource("access")
    AgroalDataSource dataSource;

    /** How long Keycloak lets a session live at most: after that its tokens are useless anyway. */
    @ConfigProperty(name = "tokvs.session.max-lifespan", defaultValue = "PT10H")
    Duration maxLifespan;

    public void revoke(String sessionId) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into revoked_session"
                    + " (session_id, forget_after) values (?, ?) on conflict (session_id) do nothing")) {
                insert.setString(1, sessionId);
                insert.setTimestamp(2, Timestamp.from(now.plus(maxLifespan).plus(Duration.ofHours(1))));
                insert.executeUpdate();
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "delete from revoked_session where forget_after < ?")) {
                forget.setTimestamp(1, Timestamp.from(now));
                forget.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the end of a login session", e);
        }
    }

    public boolean isRevoked(String sessionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from revoked_session where session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check whether a login session has ended", e);
        }
    }
}
