package ee.tokvs.portal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.ReferenceRules;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/**
 * The §4 questions, asked of PostgreSQL's two query functions (V16): the only way to figures across insurers, each
 * logging who asked, for which insurer, about what, and when. Every channel (pages, API) asks here, so the answers,
 * the checks and the log are the same whichever way the question came.
 */
@ApplicationScoped
public class RiskQueries {

    /** The fields a question is asked with: where a bad one is reported. */
    public static final String REGISTRY_CODE = "registryCode";
    public static final String RISK_PROFILE = "riskProfile";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    CodeLists codes;

    @Inject
    ObjectMapper json;

    /** §4(3),(4): a provider's risk report; a code that is not a valid registry code is refused at its field. */
    @Transactional
    public ProviderReport providerReport(String rawRegistryCode) {
        return providerReportAsked(rawRegistryCode).answer();
    }

    /** The report with its line in the query log, for a statement that names it. */
    @Transactional
    public Asked<ProviderReport> providerReportAsked(String rawRegistryCode) {
        String code = rawRegistryCode == null ? "" : rawRegistryCode.strip();
        if (!RegistryCode.isValid(code)) {
            throw new RuleViolationException(
                    new Findings().add(ReferenceRules.REGISTRY_CODE_INVALID.atField(REGISTRY_CODE, code)));
        }
        return ask("section4_provider_report", code, ProviderReport.class);
    }

    /** §4(6),(7): a risk profile's statistics; a profile not in the code list is refused at its field. */
    @Transactional
    public ProfileStatistics profileStatistics(String rawProfile) {
        return profileStatisticsAsked(rawProfile).answer();
    }

    /** The statistics with their line in the query log, for a statement that names it. */
    @Transactional
    public Asked<ProfileStatistics> profileStatisticsAsked(String rawProfile) {
        String profile = rawProfile == null ? "" : rawProfile.strip();
        if (codes.find(CodeList.RISK_PROFILE, profile).isEmpty()) {
            throw new RuleViolationException(
                    new Findings().add(ReferenceRules.CODE_UNKNOWN.atField(RISK_PROFILE, profile)));
        }
        return ask("section4_profile_statistics", profile, ProfileStatistics.class);
    }

    /**
     * Asks the function, then reads back the log row it wrote on this connection: the session's latest number of the
     * log's sequence (currval is the session's own, whatever other sessions ask meanwhile).
     */
    private <T> Asked<T> ask(String function, String subject, Class<T> answer) {
        if (!actingInsurer.mayQuery()) {
            throw new QueryRefusedException();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            String text;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select cast(" + function + "(?, ?, ?, ?, ?, ?) as text)")) {
                statement.setString(1, subject);
                statement.setString(2, currentUser.username());
                statement.setString(3, currentUser.displayName());
                statement.setString(4, representativeCompany());
                statement.setString(5, currentUser.apiClient().isPresent() ? "API" : "PAGE");
                statement.setString(6, currentUser.apiClient().orElse(null));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    text = rs.getString(1);
                }
            }
            try (PreparedStatement logged = connection.prepareStatement("select id, asked_at from section4_query"
                    + " where id = currval(pg_get_serial_sequence('section4_query', 'id'))");
                    ResultSet rs = logged.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(function + " answered without a log row of this insurer");
                }
                return new Asked<>(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        read(function, text, answer));
            }
        });
    }

    private <T> T read(String function, String text, Class<T> answer) {
        try {
            return json.readValue(text, answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(function + " answered what " + answer.getSimpleName() + " cannot hold", e);
        }
    }

    /** A representative's company is logged beside the person, as on every submission. */
    private String representativeCompany() {
        return currentUser.representativeCompany().map(Organisation::registryCode).orElse(null);
    }
}
