package ee.tokvs.portal.shared.web;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.FormToken;
import ee.tokvs.portal.testdata.PageForms;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A claim's page reads the claim, its contract, its payouts, reserves, recoveries, history and follow-up, most of them
 * as its template walks to them; it does all that on one connection from the pool ({@link OneConnectionPages}),
 * where each read once took a connection of its own (seven a page), and still shows every part. A form's save takes one
 * too: the page it sends its user to names the event just saved without asking the database again.
 */
@QuarkusTest
class OneConnectionPagesTest {

    private static final int PAGES = 5;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

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

    @Test
    @ActingAsPohjalaStaff
    void aClaimsSaveTakesOneConnectionAndNamesTheEventItSaved() {
        var contract = register.contract(DemoData.POHJALA, aContract());
        long claim = register.claim(DemoData.POHJALA, aClaim().contract(contract.number())).id();
        String action = "/claims/" + claim + "/edit";
        long taken = 0;
        for (int i = 0; i < PAGES; i++) {
            String form = given().get(action).then().statusCode(200).extract().asString();
            Map<String, String> fields = PageForms.asSent(form, action);
            List<String> specialties = PageForms.options(form, "specialty");
            specialties.remove(fields.get("specialty"));
            fields.put("specialty", specialties.get(i % specialties.size()));
            fields.put("changeDate", LocalDate.now().toString());
            fields.put("confirmWarnings", "true");
            fields.put("_csrf", FormToken.of(form));
            long before = pool.getMetrics().acquireCount();
            Response saved = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParams(fields).post(action);
            taken += pool.getMetrics().acquireCount() - before;
            assertEquals(303, saved.statusCode(), saved.body().asString());
            long latest = fixtures.count(DemoData.POHJALA, "select max(id) from submission_event"
                    + " where record_type = 'CLAIM' and record_id = ?", claim);
            assertTrue(saved.header("Location").endsWith(action.replace("/edit", "") + "?saved=" + latest),
                    saved.header("Location") + " names the event just saved, " + latest);
        }
        // the margin is for the portal's own jobs, which poll the database meanwhile
        assertTrue(taken <= PAGES + 3, PAGES + " saves took " + taken + " connections from the pool");
    }
}
