package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.MoneyRowBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Insurer staff keep their claims: create, add payouts, reserves and recoveries, see the totals and history. */
@QuarkusTest
class ClaimPagesTest extends BrowserTest {

    private static final Pattern CLAIM_PAGE = Pattern.compile(".*/claims/\\d+(\\?saved=\\d+)?$");

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    private String text(Locator locator) {
        return locator.textContent().replace('\u00a0', ' ').replace('\u2212', '-').strip();
    }

    /** A new claim in general surgery, entered on its page. */
    private void createClaim(ClaimBuilder claim) {
        page.navigate(url("/claims/new"));
        FillIn.form(page, claim.specialty("GENERAL_SURGERY").form());
        page.getByTestId("save").click();
    }

    private void addItem(String testId, MoneyRowBuilder row) {
        page.getByTestId(testId).click();
        FillIn.form(page, row.form());
        page.getByTestId("save").click();
    }

    @Test
    void aClaimWithPayoutsReservesAndARecoveryShowsItsTotals() {
        String contract = register.contract(DemoData.POHJALA).number();
        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-claims").click();
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claims-list");

        page.navigate(url("/claims/new"));
        assertThat(page.getByTestId("severity-guide")).containsText("Mittevaraline kahju kuni 2 000 €");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claim-new");

        createClaim(aClaim().contract(contract).status("INSURED_EVENT").type("DIAGNOSIS_OR_TREATMENT_ERROR").severity("III"));
        page.waitForURL(CLAIM_PAGE);

        addItem("add-payout", aPayout().date("2025-07-01").type("TREATMENT_COSTS").amount("1200,50"));
        page.waitForURL(CLAIM_PAGE);
        addItem("add-payout", aPayout().date("2025-07-15").type("NON_PECUNIARY").amount("1500"));
        page.waitForURL(CLAIM_PAGE);
        addItem("add-reserve", aReserve().date("2025-07-01").type("TREATMENT_COSTS").amount("3000"));
        page.waitForURL(CLAIM_PAGE);
        addItem("add-reserve", aReserve().date("2025-08-01").type("TREATMENT_COSTS").amount("2500"));
        page.waitForURL(CLAIM_PAGE);
        addItem("add-recovery", aRecovery().date("2025-09-01").type("DEDUCTIBLE").amount("-200"));
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
        String contract = register.contract(DemoData.POHJALA).number();
        logInAs(DemoAccount.POHJALA_STAFF);

        createClaim(aClaim().contract(contract).status("INSURED_EVENT").type("BEING_SPECIFIED").severity("II"));
        assertThat(page.locator("#incidentType-messages")).containsText("ei saa kahjujuhtumi liik olla");
        assertThat(page.locator("#incidentType")).hasAttribute("aria-invalid", "true");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claim-form-errors");

        page.selectOption("#incidentType", "INFECTION");
        page.getByTestId("save").click();
        page.waitForURL(CLAIM_PAGE);

        addItem("add-payout", aPayout().date("2025-07-01").type("NON_PECUNIARY").amount("600"));
        assertThat(page.locator("#amount-messages")).containsText("ülempiir 500,00 €");
        assertThat(page.locator("#amount")).hasValue("600");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "payout-form-errors");
        page.navigate(page.url().replaceAll("/payouts$", ""));
        assertThat(page.getByTestId("payouts")).hasCount(0);

        addItem("add-recovery", aRecovery().date("2025-09-01").type("DEDUCTIBLE").amount("200"));
        assertThat(page.locator("#amount-messages")).containsText("miinusmärgiga");
    }

    @Test
    void aChangeAsksForTheDayTheDataChangedAndShowsInTheHistory() {
        long claimId = register.claim(DemoData.POHJALA).id();
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
        assertThat(lastEvent).containsText("Nõude staatus: esitatud nõue → pole kindlustusjuhtum");
        assertThat(lastEvent).containsText("Kahjujuhtumi menetlus on lõpetatud: ei → jah");
        assertThat(lastEvent).containsText("12.06.2025");
        assertThat(lastEvent).containsText("Hilinenud");
    }

    @Test
    void twoPeopleSavingTheSameClaimTheSecondIsToldAndLosesNothing() {
        long claimId = register.claim(DemoData.POHJALA).id();
        logInAs(DemoAccount.POHJALA_STAFF);

        page.navigate(url("/claims/" + claimId + "/payouts/new"));
        var other = context.newPage();
        other.navigate(url("/claims/" + claimId + "/reserves/new"));
        FillIn.form(other, aReserve().date("2025-07-01").type("TREATMENT_COSTS").amount("1000").form());
        other.getByTestId("save").click();
        other.waitForURL(CLAIM_PAGE);

        FillIn.form(page, aPayout().date("2025-07-02").type("TREATMENT_COSTS").amount("321,00").form());
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
        long claimId = register.claim(DemoData.POHJALA).id();
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
        ClaimBuilder theirClaim = aClaim();
        long theirs = register.claim(DemoData.LAANEMERE, theirClaim).id();
        String theirNumber = theirClaim.number();

        logInAs(DemoAccount.POHJALA_STAFF);
        assertEquals(404, page.navigate(url("/claims/" + theirs)).status());
        assertFalse(page.content().contains(theirNumber));
        assertEquals(404, page.navigate(url("/claims/" + theirs + "/edit")).status());
        assertEquals(404, page.navigate(url("/claims/" + theirs + "/payouts/new")).status());

        APIResponse tampered = page.request().post(url("/claims/" + theirs + "/payouts"), RequestOptions.create()
                .setForm(FillIn.posted(page, aPayout().date("2025-07-01").type("TREATMENT_COSTS").amount("100")
                        .lockVersion(0).form())));
        assertEquals(404, tampered.status());
        assertFalse(tampered.text().contains(theirNumber));
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from payout where claim_id = ?", theirs));

        // A new claim of ours naming their contract number is refused: the contract is not ours.
        createClaim(aClaim().contract(theirClaim.contract()));
        assertThat(page.locator("#contractNumber-messages")).containsText("Teil ei ole lepingut");

        page.navigate(url("/claims?incidentNumber=INC-" + theirNumber));
        assertThat(page.getByTestId("claim-count")).containsText("0");
    }
}
