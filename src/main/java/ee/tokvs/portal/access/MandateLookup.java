package ee.tokvs.portal.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of a valid mandate: may this representative company act for this insurer on this day.
 * A mandate counts while it is not revoked, from its first day to its last, and only while the insurer's
 * licence is active. Pages and the API ask through {@link ActingInsurer}, uploads again just before they
 * commit ({@link #holdsForSubmit}); nothing else writes this condition. This is the authorisation itself, so
 * it reads across insurers on a pool of its own ("access": never enlisted in a transaction, never seen by
 * Hibernate), because it decides the tenant that the main pool's connections get.
 */
@ApplicationScoped
public class MandateLookup {

    /** A valid mandate as the representative sees it. */
    public record ValidMandate(String insurerCode, String insurerName, boolean maySubmit, boolean mayQuery,
            LocalDate validTo) {
    }

    /** Mandates {@code m} of insurers {@code i} in force; parameters: representative company, day, day. */
    private static final String IN_FORCE = " from mandate m join insurer i on i.registry_code = m.insurer_code"
            + " where m.representative_code = ? and m.revoked_at is null and m.valid_from <= ?"
            + " and (m.valid_to is null or m.valid_to >= ?) and i.licence_status = 'ACTIVE'";

    private static final String VALID = "select m.insurer_code, i.name, bool_or(m.may_submit), bool_or(m.may_query),"
            + " max(coalesce(m.valid_to, date '9999-12-31'))" + IN_FORCE;

    @Inject
    @io.quarkus.agroal.DataSource("access")
    AgroalDataSource dataSource;

    public List<ValidMandate> validFor(String representativeCode, LocalDate day) {
        return query(VALID + " group by m.insurer_code, i.name order by i.name", representativeCode, day, null);
    }

    public java.util.Optional<ValidMandate> validFor(String representativeCode, String insurerCode, LocalDate day) {
        return query(VALID + " and m.insurer_code = ? group by m.insurer_code, i.name", representativeCode, day, insurerCode)
                .stream().findFirst();
    }

    /**
     * Whether the company still holds a mandate to submit for the insurer, read in the caller's transaction and
     * locked (the mandate and the insurer's licence, {@code FOR SHARE}): a revocation or a suspended licence
     * either waits for that transaction or is seen by it, never slips in between.
     */
    public boolean holdsForSubmit(Connection connection, String representativeCode, String insurerCode, LocalDate day)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1" + IN_FORCE + " and m.insurer_code = ? and m.may_submit for share of m, i")) {
            statement.setString(1, representativeCode);
            statement.setObject(2, day);
            statement.setObject(3, day);
            statement.setString(4, insurerCode);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<ValidMandate> query(String sql, String representativeCode, LocalDate day, String insurerCode) {
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, ActingInsurer.ALL_READ_ONLY);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, representativeCode);
                statement.setObject(2, day);
                statement.setObject(3, day);
                if (insurerCode != null) {
                    statement.setString(4, insurerCode);
                }
                List<ValidMandate> result = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        LocalDate to = rs.getObject(5, LocalDate.class);
                        result.add(new ValidMandate(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                                to.getYear() == 9999 ? null : to));
                    }
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up mandates", e);
        }
    }
}
