package ee.tokvs.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An insurer's own overview counts its own data only: a test insurer of its own, with two claims among
 * everybody else's, sees exactly those two.
 */
@QuarkusTest
@TestSecurity(user = "testi.staff", roles = "insurer-staff")
@OidcSecurity(claims = {
        @Claim(key = "preferred_username", value = "testi.staff"),
        @Claim(key = "name", value = "Testi Töötaja"),
        @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                value = "{\"testi\":{\"registryCode\":[\"" + InsurerOverviewTest.INSURER + "\"],\"kind\":[\"insurer\"]}}")
})
class InsurerOverviewTest {

    static final String INSURER = "19999992";

    @Inject
    DashboardQueries queries;

    @Inject
    RegisterFixtures fixtures;

    @BeforeEach
    void anInsurerOfItsOwn() {
        if (fixtures.count("*", "select count(*) from insurer where registry_code = ?", INSURER) > 0) {
            return;
        }
        fixtures.update("", "insert into insurer (registry_code, name) values (?, 'Testi Kindlustus AS')", INSURER);
        long contract = fixtures.contract(INSURER, "T-K1", ee.tokvs.portal.demo.DemoData.PROVIDER_FAMILY);
        long open = fixtures.claim(INSURER, contract, "T-C1");
        long finished = fixtures.claim(INSURER, contract, "T-C2");
        fixtures.update(INSURER, "update claim set received_date = '2025-01-10', status = 'INSURED_EVENT',"
                + " incident_type = 'INFECTION', severity = 'III', handling_finished = true, finished_date = '2025-09-01'"
                + " where id = ?", finished);
        fixtures.update(INSURER, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount)"
                + " values (?, ?, '2025-07-01', 'TREATMENT_COSTS', 1000)", INSURER, finished);
        fixtures.update(INSURER, "insert into reserve (insurer_code, claim_id, set_on, damage_type, amount)"
                + " values (?, ?, '2025-06-01', 'TREATMENT_COSTS', 800), (?, ?, '2025-07-01', 'TREATMENT_COSTS', 300)",
                INSURER, finished, INSURER, finished);
        for (Object[] event : new Object[][] {{open, "2025-06-10", false}, {finished, "2025-07-01", true}}) {
            fixtures.update(INSURER, "insert into submission_event (insurer_code, record_type, record_id, record_label,"
                    + " action, actor_username, actor_name, business_date, deadline, late, changes) values (?, 'CLAIM', ?,"
                    + " 'T', 'CLAIM_CREATED', 'fixture', 'Fixture', ?::date, ?::date + 1, ?, '[]')", INSURER, event[0],
                    event[1], event[1], event[2]);
        }
    }

    static DashboardFilter filter(String from, String to) {
        return DashboardFilter.of(Map.of("from", from, "to", to)::get, LocalDate.of(2026, 11, 23));
    }

    @Test
    void theSummaryIsTheInsurersOwn() {
        // claims 2, open 1, paid 1000, reserved 300 (the latest), incurred 1300, on time 1 of 2 = 50 %
        assertEquals("summary: 2 1 1000 300 1300 50",
                DashboardQueriesTest.text(queries.summary(filter("2025-01-01", "2025-12-31"))));
        assertEquals("summary: 2 1 1000 300 1300 -",
                DashboardQueriesTest.text(queries.summary(filter("2024-01-01", "2024-12-31"))));
    }

    @Test
    void whatNeedsAttentionIsTheInsurersOwn() {
        // T-C1 is submitted, still being specified since 2025-06-10, open and without a reserve
        assertEquals(java.util.List.of("STILL_SPECIFIED: 1", "OPEN_WITHOUT_RESERVE: 1", "FINISHED_WITHOUT_DATE: 0",
                "UNKNOWN_POLICYHOLDER: 0"),
                DashboardQueriesTest.text(queries.dataQuality(filter("2000-01-01", "2026-11-23"), LocalDate.of(2026, 11, 23))));
    }
}
