package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Insurer staff keep their claims: create, add payouts, reserves and recoveries, see the totals and history. */
@QuarkusTest
class ClaimPagesTest extends BrowserTest {

    private static final Pattern CLAIM_PAGE = Pattern.compile(".*/claims/\\d+$");

    @Inject
    RegisterFixtures fixtures;

    private String text(Locator locator) {
        return locator.textContent().replace('\u00a0', ' ').replace('\u2212', '-').strip();
    }

    private void createClaim(String number, String contractNumber, String status, String incidentType, String severity) {
        page.navigate(url("/claims/new"));
        page.fill("#claimNumber", number);
        page.fill("#contractNumber", contractNumber);
        page.fill("#receivedDate", "2025-06-10");
        page.fill("#incidentNumber", "INC-" + number);
        page.fill("#incidentDate", "2025-05-01");
        page.selectOption("#status", status);
        page.selectOption("#incidentType", incidentType);
        page.selectOption("#severity", severity);
        page.selectOption("#specialty", "GENERAL_SURGERY");
        page.getByTestId("save").click();
    }

    private void addItem(String testId, String date, String type, String amount) {
        page.getByTestId(testId).click();
        page.fill("#date", date);
        page.selectOption("#type", type);
        page.fill("#amount", amount);
        page.getByTestId("save").click();
    }

    @Test
    void aClaimWithPayoutsReservesAndARecoveryShowsItsTotals() {
        String contract = RegisterFixtures.unique("PK");
        fixtures.contract(DemoData.POHJALA, contract, DemoData.PROVIDER_LARGE_HOSPITAL);
        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-claims").click();
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claims-list");

        page.navigate(url("/claims/new"));
        assertThat(page.getByTestId("severity-guide")).containsText("Mittevaraline kahju kuni 2 000 €");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claim-new");

        String number = RegisterFixtures.unique("KN");
        createClaim(number, contract, "INSURED_EVENT", "DIAGNOSIS_OR_TREATMENT_ERROR", "III");
        page.waitForURL(CLAIM_PAGE);

        addItem("add-payout", "2025-07-01", "TREATMENT_COSTS", "1200,50");
        page.waitForURL(CLAIM_PAGE);
        addItem("add-payout", "2025-07-15", "NON_PECUNIARY", "1500");
        page.waitForURL(CLAIM_PAGE);
        addItem("add-reserve", "2025-07-01", "TREATMENT_COSTS", "3000");
        page.waitForURL(CLAIM_PAGE);
        addItem("add-reserve", "2025-08-01", "TREATMENT_COSTS", "2500");
        page.waitForURL(CLAIM_PAGE);
        addItem("add-recovery", "2025-09-01", "DEDUCTIBLE", "-200");
        page.waitForURL(CLAIM_PAGE);

        assertEquals("2 700,50 €", text(page.getByTestId("total-paid")));
        assertEquals("2 500,00 €", text(page.getByTestId("total-reserved")), "the latest reserve per damage type counts");
        assertEquals("5 200,50 €", text(page.getByTestId("total-incurred")));
        assertEquals("-200,00 €", text(page.getByTestId("total-recovered")));
        assertThat(page.getByTestId("reserves").locator("tbody tr")).hasCount(2);
        assertThat(page.getByTestId("history").locator("tbody tr")).hasCount(6);
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claim-detail");

        page.getByTestId("lang-switch").click();
        assertEquals("2,700.50 €", text(page.getByTestId("total-paid")));
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void rulesAnswerAtTheFieldAndNothingIsSaved() {
        String contract = RegisterFixtures.unique("PK");
        fixtures.contract(DemoData.POHJALA, contract, DemoData.PROVIDER_LARGE_HOSPITAL);
        logInAs(DemoAccount.POHJALA_STAFF);

        String number = RegisterFixtures.unique("KN");
        createClaim(number, contract, "INSURED_EVENT", "BEING_SPECIFIED", "II");
        assertThat(page.locator("#incidentType-messages")).containsText("ei saa kahjujuhtumi liik olla");
        assertThat(page.locator("#incidentType")).hasAttribute("aria-invalid", "true");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claim-form-errors");

        page.selectOption("#incidentType", "INFECTION");
        page.getByTestId("save").click();
        page.waitForURL(CLAIM_PAGE);

        addItem("add-payout", "2025-07-01", "NON_PECUNIARY", "600");
        assertThat(page.locator("#amount-messages")).containsText("ülempiir 500,00 €");
        assertThat(page.locator("#amount")).hasValue("600");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "payout-form-errors");
        page.navigate(page.url().replaceAll("/payouts$", ""));
        assertThat(page.getByTestId("payouts")).hasCount(0);

        addItem("add-recovery", "2025-09-01", "DEDUCTIBLE", "200");
        assertThat(page.locator("#amount-messages")).containsText("miinusmärgiga");
    }

    @Test
    void aChangeAsksForTheDayTheDataChangedAndShowsInTheHistory() {
        String contract = RegisterFixtures.unique("PK");
        long contractId = fixtures.contract(DemoData.POHJALA, contract, DemoData.PROVIDER_LARGE_HOSPITAL);
        long claimId = fixtures.claim(DemoData.POHJALA, contractId, RegisterFixtures.unique("KN"));
        logInAs(DemoAccount.POHJALA_STAFF);

        page.navigate(url("/claims/" + claimId));
        page.getByTestId("edit-claim").click();
        PortalBrowser.assertAccessible(page);
        page.selectOption("#status", "NOT_INSURED_EVENT");
        page.getByTestId("save").click();
        assertThat(page.locator("#changeDate-messages")).containsText("kohustuslik");

        page.fill("#changeDate", "2025-06-12");
        page.check("#handlingFinished");
        page.fill("#finishedDate", "2025-06-12");
        page.getByTestId("save").click();
        page.waitForURL(CLAIM_PAGE);
        assertThat(page.getByTestId("claim-facts")).containsText("pole kindlustusjuhtum");
        assertThat(page.getByTestId("claim-facts")).containsText("lõpetatud 12.06.2025");
        var lastEvent = page.getByTestId("history").locator("tbody tr").last();
        assertThat(lastEvent).containsText("Nõuet muudeti");
        assertThat(lastEvent).containsText("SUBMITTED → NOT_INSURED_EVENT");
        assertThat(lastEvent).containsText("12.06.2025");
        assertThat(lastEvent).containsText("Hilinenud");
    }

    @Test
    void twoPeopleSavingTheSameClaimTheSecondIsToldAndLosesNothing() {
        String contract = RegisterFixtures.unique("PK");
        long contractId = fixtures.contract(DemoData.POHJALA, contract, DemoData.PROVIDER_LARGE_HOSPITAL);
        long claimId = fixtures.claim(DemoData.POHJALA, contractId, RegisterFixtures.unique("KN"));
        logInAs(DemoAccount.POHJALA_STAFF);

        page.navigate(url("/claims/" + claimId + "/payouts/new"));
        var other = context.newPage();
        other.navigate(url("/claims/" + claimId + "/reserves/new"));
        other.fill("#date", "2025-07-01");
        other.selectOption("#type", "TREATMENT_COSTS");
        other.fill("#amount", "1000");
        other.getByTestId("save").click();
        other.waitForURL(CLAIM_PAGE);

        page.fill("#date", "2025-07-02");
        page.selectOption("#type", "TREATMENT_COSTS");
        page.fill("#amount", "321,00");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("form-summary")).containsText("Keegi teine salvestas");
        assertThat(page.locator("#amount")).hasValue("321,00");
        page.getByTestId("save").click();
        page.waitForURL(CLAIM_PAGE);
        assertThat(page.getByTestId("payouts")).containsText("321,00");
        assertThat(page.getByTestId("reserves")).containsText("1 000,00");
    }

    /**
     * Two people of the insurer edit one claim at once: the second to save gets the conflict page (409) with what they
     * typed still in the form, sees the claim as it now is, and saves again.
     */
    @Test
    void twoPeopleEditingOneClaimTheSecondToSaveIsToldAndKeepsTheirInput() {
        String contract = RegisterFixtures.unique("PK");
        long contractId = fixtures.contract(DemoData.POHJALA, contract, DemoData.PROVIDER_LARGE_HOSPITAL);
        long claimId = fixtures.claim(DemoData.POHJALA, contractId, RegisterFixtures.unique("KN"));
        String edit = url("/claims/" + claimId + "/edit");
        logInAs(DemoAccount.POHJALA_STAFF);
        BrowserContext secondPerson = browser.newContext();
        try {
            Page other = secondPerson.newPage();
            other.navigate(url("/"));
            KeycloakLogin.logIn(other, DemoAccount.POHJALA_ADMIN.username, DemoAccount.PASSWORD);
            other.waitForURL(url(DemoAccount.POHJALA_ADMIN.homePath));
            page.navigate(edit);
            other.navigate(edit);

            page.fill("#incidentNumber", "INC-FIRST");
            page.fill("#changeDate", "2025-06-12");
            page.getByTestId("save").click();
            page.waitForURL(CLAIM_PAGE);
            assertThat(page.getByTestId("claim-facts")).containsText("INC-FIRST");

            other.fill("#incidentNumber", "INC-SECOND");
            other.selectOption("#specialty", "ENDOCRINOLOGY");
            other.fill("#changeDate", "2025-06-13");
            Response refused = other.waitForResponse(r -> r.request().method().equals("POST") && r.url().equals(edit),
                    () -> other.getByTestId("save").click());
            assertEquals(409, refused.status());
            assertThat(other.getByTestId("form-summary")).containsText("Keegi teine salvestas");
            assertThat(other.locator("#incidentNumber")).hasValue("INC-SECOND");
            assertThat(other.locator("#specialty")).hasValue("ENDOCRINOLOGY");
            assertThat(other.locator("#changeDate")).hasValue("2025-06-13");
            PortalBrowser.assertAccessible(other);

            other.getByTestId("save").click();
            other.waitForURL(CLAIM_PAGE);
            assertThat(other.getByTestId("claim-facts")).containsText("INC-SECOND");
            assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from claim where id = ?"
                    + " and incident_number = 'INC-SECOND' and specialty = 'ENDOCRINOLOGY'", claimId));
        } finally {
            secondPerson.close();
        }
    }

    @Test
    void anotherInsurersClaimIsNotFoundByAddressOrByTamperedForm() {
        long theirContract = fixtures.contract(DemoData.LAANEMERE, RegisterFixtures.unique("THEIRS"), DemoData.PROVIDER_FAMILY);
        String theirNumber = RegisterFixtures.unique("THEIRCLAIM");
        long theirs = fixtures.claim(DemoData.LAANEMERE, theirContract, theirNumber);

        logInAs(DemoAccount.POHJALA_STAFF);
        assertEquals(404, page.navigate(url("/claims/" + theirs)).status());
        assertFalse(page.content().contains(theirNumber));
        assertEquals(404, page.navigate(url("/claims/" + theirs + "/edit")).status());
        assertEquals(404, page.navigate(url("/claims/" + theirs + "/payouts/new")).status());

        APIResponse tampered = page.request().post(url("/claims/" + theirs + "/payouts"), RequestOptions.create()
                .setForm(FormData.create().set("_csrf", PortalBrowser.formToken(page)).set("lockVersion", "0").set("date", "2025-07-01")
                        .set("type", "TREATMENT_COSTS").set("amount", "100")));
        assertEquals(404, tampered.status());
        assertFalse(tampered.text().contains(theirNumber));
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from payout where claim_id = ?", theirs));

        // A new claim of ours naming their contract number is refused: the contract is not ours.
        String contractNumber = fixtures.asInsurer(DemoData.LAANEMERE, c -> {
            try (var s = c.prepareStatement("select contract_number from contract where id = ?")) {
                s.setLong(1, theirContract);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        createClaim(RegisterFixtures.unique("KN"), contractNumber, "SUBMITTED", "BEING_SPECIFIED", "PENDING");
        assertThat(page.locator("#contractNumber-messages")).containsText("Teil ei ole lepingut");

        page.navigate(url("/claims?incidentNumber=INC-" + theirNumber));
        assertThat(page.getByTestId("claim-count")).containsText("0");
    }
}
