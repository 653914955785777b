package ee.tokvs.portal.query;

import static ee.tokvs.portal.testdata.DatabaseSessions.count;
import static ee.tokvs.portal.testdata.DatabaseSessions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.testdata.AsUser;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.People;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.RiskQueryFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The §4 answers reach across insurers by one path only. An insurer gets figures that include another insurer's claims
 * and nothing that names a row; on its own connection, with plain SQL as the portal's role, it reads none of the other
 * insurer's rows, cannot call the functions' parts, write or read another's log, or change what the functions are.
 * And a question is logged for whom it was asked, or not answered.
 */
@QuarkusTest
class RiskQueryIsolationTest {

    private static final String A = DemoData.POHJALA;
    private static final String B = DemoData.LAANEMERE;

    @Inject
    RiskQueryFixture fixture;

    @Inject
    RiskQueries queries;

    @Inject
    AsUser asUser;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    DatabaseSessions sessions;

    @ConfigProperty(name = "quarkus.flyway.placeholders.query_role")
    String queryRole;

    RiskQueryFixture.Codes codes;

    @BeforeEach
    void theFixture() {
        codes = fixture.seed();
    }

    @Test
    void anInsurerGetsFiguresWithAnothersClaimsButNoRowOfThem() throws SQLException {
        try (Connection c = connect(A)) {
            String answer = text(c, "select section4_profile_statistics(?, 'attacker', 'Attacker', null, 'PAGE', null)::text",
                    codes.profile());
            // B's C3, C4 and C5 are in the figures: four claims of 2025, two insured events
            assertTrue(answer.contains("{\"year\": 2025, \"claims\": 4, \"insuredEvents\": 2}"), answer);
            // the profile asked about is a random code that may itself hold "J3"; only the rest of the answer counts
            String rest = answer.replace(codes.profile(), "");
            for (String named : List.of(A, B, "J3", "J5", "KN-", "PK-")) {
                assertFalse(rest.contains(named), "the answer names " + named + ": " + answer);
            }
            assertEquals(0, count(c, "select count(*) from claim where insurer_code = ?", B));
            assertEquals(0, count(c, "select count(*) from dash_claim where insurer_code = ?", B));
            assertEquals(0, count(c, "select count(*) from contract_version where policyholder_code = ? and insurer_code = ?",
                    codes.h1(), B));
        }
    }

    @Test
    void theFunctionsAreTheOnlyPathAndThePortalsRoleCannotChangeThem() throws SQLException {
        try (Connection c = connect(A)) {
            assertRefused(c, "select section4_claim_breakdowns(array(select contract_id from dash_contract))");
            assertRefused(c, "select section4_log('PROVIDER_REPORT', 'x', 'u', 'n', null, 'PAGE', null)");
            assertRefused(c, "insert into section4_query (insurer_code, query, subject, actor_username, actor_name, channel)"
                    + " values ('" + B + "', 'PROVIDER_REPORT', 'x', 'u', 'n', 'PAGE')");
            assertRefused(c, "create or replace function section4_provider_report(p varchar, a text, b text, o varchar,"
                    + " ch text, cl text) returns jsonb language sql as 'select null::jsonb'");
            assertRefused(c, "alter table claim disable row level security");
            assertRefused(c, "drop policy claim_read on claim");
            assertRefused(c, "set role " + queryRole);
            assertEquals("false false false", text(c, "select r.rolsuper || ' ' || r.rolbypassrls || ' '"
                    + " || pg_has_role(current_user, ?, 'MEMBER') from pg_roles r where r.rolname = current_user", queryRole));
            assertEquals(0, count(c, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = current_schema() and pg_get_userbyid(c.relowner) = current_user"));
        }
    }

    @Test
    void eachQuestionIsLoggedForTheInsurerAskingAndEachInsurerReadsOnlyItsOwn() throws SQLException {
        String code = RegisterFixtures.freshRegistryCode("77");
        Asked<ProviderReport> first = asUser.call(People.POHJALA_STAFF, () -> queries.providerReportAsked(code));
        Asked<ProviderReport> second = asUser.call(People.LAANEMERE_STAFF, () -> queries.providerReportAsked(code));
        // each answer names its own log line, in the asker's name
        assertEquals(1, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where id = ?"
                + " and insurer_code = ? and subject = ?", first.reference(), A, code));
        assertEquals(1, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where id = ?"
                + " and insurer_code = ? and subject = ?", second.reference(), B, code));
        assertTrue(second.askedAt().compareTo(first.askedAt()) >= 0);
        assertEquals(1, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where insurer_code = ?"
                + " and query = 'PROVIDER_REPORT' and subject = ? and actor_username = 'pohjala.staff'"
                + " and actor_name = 'Kati Kask' and channel = 'PAGE' and client is null and actor_org_code is null", A, code));
        assertEquals(2, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where subject = ?",
                code));
        assertEquals(1, fixtures.count(A, "select count(*) from section4_query where subject = ?", code));
        try (Connection nobody = connect(ActingInsurer.NOBODY)) {
            SQLException refused = assertThrows(SQLException.class, () -> text(nobody,
                    "select section4_provider_report(?, 'u', 'n', null, 'PAGE', null)::text", code));
            assertEquals("42501", refused.getSQLState());
        }
        assertEquals(2, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where subject = ?",
                code));
    }

    @Test
    void aRepresentativeAsksOnlyUnderAMandateWithTheQueryScope() {
        String insurer = freshInsurer();
        long submitOnly = register.mandate(insurer, DemoData.KAHJUABI, true, false);
        Actor representative = new Actor("kahjuabi.rep", "Rein Esindaja", PortalRole.REPRESENTATIVE,
                new Organisation("kahjuabi", DemoData.KAHJUABI, Organisation.Kind.REPRESENTATIVE), insurer);
        String code = RegisterFixtures.freshRegistryCode("77");
        assertThrows(QueryRefusedException.class, () -> asUser.call(representative, () -> queries.providerReport(code)));
        assertEquals(0, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where subject = ?",
                code));
        register.revokeMandate(insurer, submitOnly);
        register.mandate(insurer, DemoData.KAHJUABI, false, true);
        asUser.call(representative, () -> queries.providerReport(code));
        assertEquals(1, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from section4_query where subject = ?"
                + " and insurer_code = ? and actor_username = 'kahjuabi.rep' and actor_org_code = ?", code, insurer,
                DemoData.KAHJUABI));
    }

    @Test
    void terviseametAsksNothing() {
        assertThrows(QueryRefusedException.class, () -> asUser.call(People.TA_ADMIN,
                () -> queries.profileStatistics(codes.profile())));
    }

    /** An insurer of this test's own, so that no demo mandate of the representative company counts. */
    private String freshInsurer() {
        String code = RegisterFixtures.freshRegistryCode("19");
        register.insurer(code, "Päringu Kindlustus AS", Insurer.LicenceStatus.ACTIVE);
        return code;
    }

    private static void assertRefused(Connection c, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.execute();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }, sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
    }

    private Connection connect(String tenant) throws SQLException {
        return sessions.asPortal(tenant);
    }
}
