package ee.tokvs.portal.dashboard;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.RegisterHistory;
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
 * everybody else's, sees exactly those two. Its register is a past one ({@link RegisterHistory}): of its two
 * submissions one was on time, which no save made today can be.
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

    @Inject
    RegisterHistory history;

    @Inject
    Register register;

    @BeforeEach
    void anInsurerOfItsOwn() {
        if (fixtures.count("*", "select count(*) from insurer where registry_code = ?", INSURER) > 0) {
            return;
        }
        register.insurer(INSURER, "Testi Kindlustus AS", Insurer.LicenceStatus.ACTIVE);
        long contract = history.contract(INSURER, aContract().number("T-K1").policyholder(DemoData.PROVIDER_FAMILY));
        long open = history.claim(INSURER, contract, aClaim().number("T-C1"));
        long finished = history.claim(INSURER, contract, aClaim().number("T-C2").received("2025-01-10").insured("III")
                .finished("2025-09-01"));
        history.add(INSURER, finished, aPayout().date("2025-07-01").amount("1000"));
        history.add(INSURER, finished, aReserve().date("2025-06-01").amount("800"));
        history.add(INSURER, finished, aReserve().date("2025-07-01").amount("300"));
        history.submission(INSURER, open, "T", "CLAIM_CREATED", "2025-06-10", false, null);
        history.submission(INSURER, finished, "T", "CLAIM_CREATED", "2025-07-01", true, null);
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
