package ee.tokvs.portal.shared.web;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A claim's page reads the claim, its contract, its payouts, reserves, recoveries, history and follow-up, most of them
 * as its template walks to them; it does all that on one connection from the pool ({@link OneConnectionPages}),
 * where each read once took a connection of its own (seven a page), and still shows every part.
 */
@QuarkusTest
class OneConnectionPagesTest {

    private static final int PAGES = 5;

    @Inject
    Register register;

    @Inject
    AgroalDataSource pool;

    @Test
    @ActingAsPohjalaStaff
    void aClaimPageIsReadAndRenderedOnOneConnection() {
        var contract = register.contract(DemoData.POHJALA, aContract());
        long claim = register.claim(DemoData.POHJALA, aClaim().contract(contract.number())).id();
        register.add(DemoData.POHJALA, claim, aPayout().amount("1200,50"));
        register.add(DemoData.POHJALA, claim, aReserve().amount("3000"));
        register.add(DemoData.POHJALA, claim, aRecovery().amount("-200"));

        long before = pool.getMetrics().acquireCount();
        for (int i = 0; i < PAGES; i++) {
            String page = given().get("/claims/" + claim).then().statusCode(200).extract().asString();
            assertTrue(page.contains(contract.number()), "the contract, read as the template reached it");
            assertTrue(page.contains("1" + Figures.NO_BREAK_SPACE + "200,50"), "the payout, read as the template"
                    + " reached it");
            assertTrue(page.contains("3" + Figures.NO_BREAK_SPACE + "000,00"), "the reserve");
        }
        long taken = pool.getMetrics().acquireCount() - before;
        // one a page; the margin is for the portal's own jobs, which poll the database meanwhile
        assertTrue(taken <= PAGES + 3, PAGES + " claim pages took " + taken + " connections from the pool");
    }
}
