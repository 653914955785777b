package ee.tokvs.portal.access;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands PostgreSQL the acting insurer on every connection taken from the pool ({@code tokvs.insurer}),
 * and clears it when the connection goes back, so the row-level security policies of the register
 * hold even for SQL the ORM did not write. Outside a request (start-up, jobs) it is nobody.
 */
@ApplicationScoped
public class RowLevelSecurity implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        setInsurer(connection, currentTenant());
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        setInsurer(connection, ActingInsurer.NOBODY);
    }

    private static String currentTenant() {
        if (!Arc.container().requestContext().isActive()) {
            return ActingInsurer.NOBODY;
        }
        return Arc.container().instance(ActingInsurer.class).get().tenant();
    }

    /** Sets the session's acting insurer; also used by bulk jobs that work for one insurer at a time. */
    public static void setInsurer(Connection connection, String tenant) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('tokvs.insurer', ?, false)")) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the acting insurer on a connection", e);
        }
    }
}
