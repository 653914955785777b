package ee.tokvs.portal.bench;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.RegisterFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The plans behind a §4 answer, for {@link QueryBench}. EXPLAIN (ANALYZE, BUFFERS) of the whole call, as the portal
 * makes it, gives its time and buffers with every statement inside the function counted, but none of their plans;
 * PostgreSQL's auto_explain would show them, but only a superuser may load it. So the statements that do the work
 * are explained on their own, as the query role that owns the functions (V16) runs them: the selection of the
 * subject's contracts, and {@code section4_claim_breakdowns} over them, its body read from {@code pg_proc} rather
 * than copied, so that the plan is always of the function as migrated.
 */
@ApplicationScoped
class QueryPlans {

    static final String PROVIDER_REPORT = "section4_provider_report";
    static final String PROFILE_STATISTICS = "section4_profile_statistics";

    /** The contracts each function counts, selected as its first statement selects them (V16). */
    private static final String PROVIDER_CONTRACTS = "select coalesce(array_agg(contract_id), '{}') from dash_contract"
            + " where policyholder_code = ?";
    private static final String PROFILE_CONTRACTS = "select coalesce(array_agg(k.contract_id), '{}') from dash_contract k"
            + " join healthcare_provider p on p.registry_code = k.policyholder_code where p.risk_profile = ?";

    @Inject
    RegisterFixtures fixtures;

    private final String queryRole = setting("quarkus.flyway.placeholders.query_role");

    /** The function's call as psql would make it, the subject its one parameter; the log row names the benchmark. */
    static String call(String function) {
        return "select cast(" + function + "(?, 'bench', 'QueryBench', null, 'PAGE', null) as text)";
    }

    /** The plans of the case, as lines of the report. */
    List<String> explain(QueryBench.Case c) {
        List<String> lines = new ArrayList<>();
        lines.add("EXPLAIN (ANALYZE, BUFFERS) of the whole call, by the runtime role acting for Põhjala:");
        lines.addAll(fixtures.asInsurer(DemoData.POHJALA, connection -> plan(connection, call(c.function()), c.subject())));
        String contracts = c.aboutProvider() ? PROVIDER_CONTRACTS : PROFILE_CONTRACTS;
        try (Connection connection = asQueryRole()) {
            lines.add("");
            lines.add("Inside it, as " + queryRole + ": the subject's contracts");
            lines.addAll(plan(connection, contracts, c.subject()));
            Object ids;
            try (PreparedStatement statement = connection.prepareStatement(contracts)) {
                statement.setString(1, c.subject());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    ids = rs.getArray(1);
                }
            }
            lines.add("");
            lines.add("Inside it, as " + queryRole + ": section4_claim_breakdowns over those contracts (its body from pg_proc)");
            lines.addAll(plan(connection, body(connection, "section4_claim_breakdowns").replaceAll("\\bp_contracts\\b", "?"), ids));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot explain " + c.name(), e);
        }
        return lines;
    }

    private static List<String> plan(Connection connection, String sql, Object parameter) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            // the subject's contracts, wherever the statement names them
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setObject(i, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add("  " + rs.getString(1));
                }
            }
        }
        return lines;
    }

    private static String body(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select prosrc from pg_proc where oid = cast(? as regproc)")) {
            statement.setString(1, function);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The schema's owner, become the query role: what the functions run as, past row-level security. */
    private Connection asQueryRole() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(setting("quarkus.datasource.jdbc.url"));
        source.setUser(setting("quarkus.flyway.username"));
        source.setPassword(setting("quarkus.flyway.password"));
        Connection connection = source.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set role \"" + queryRole.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
