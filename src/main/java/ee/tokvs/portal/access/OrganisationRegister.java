package ee.tokvs.portal.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether a registry code is a registered insurer or representative company: for callers whose organisation no
 * login states (X-Road members). Read during authentication, before any tenant is decided, so on the access pool
 * like {@link MandateLookup}.
 */
@ApplicationScoped
public class OrganisationRegister {

    private static final String KIND = "select 'insurer' from insurer where registry_code = ?"
            + " union all select 'representative' from representative_company where registry_code = ?";

    @Inject
    @io.quarkus.agroal.DataSource("access")
    AgroalDataSource dataSource;

    /** The registered organisation of this code, or empty for a code the register does not hold. */
    public Optional<Organisation> find(String registryCode) {
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, ActingInsurer.ALL_READ_ONLY);
            try (PreparedStatement statement = connection.prepareStatement(KIND)) {
                statement.setString(1, registryCode);
                statement.setString(2, registryCode);
                try (ResultSet rs = statement.executeQuery()) {
                    // a code registered as both kinds is trusted as neither
                    String kind = rs.next() ? rs.getString(1) : null;
                    return kind == null || rs.next() ? Optional.empty()
                            : Optional.of(new Organisation(registryCode, registryCode, Organisation.Kind.parse(kind)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up organisation " + registryCode, e);
        }
    }
}
