package ee.tokvs.portal.mandate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.shared.time.Clocks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An insurer admin grants a mandate; the representative chooses the insurer and enters a claim that the
 * insurer sees with the representative in its history; a revocation stops the representative's next click.
 */
@QuarkusTest
class MandateJourneyTest extends BrowserTest {

    @Inject
    Clock clock;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Test
    void aRepresentativeWorksUnderAMandateUntilItIsRevoked() {
        String contract = register.contract(DemoData.POHJALA).number();

        logInAs(DemoAccount.POHJALA_ADMIN);
        page.getByTestId("nav-mandates").click();
        page.fill("#representativeCode", DemoData.KAHJUABI);
        page.uncheck("#maySubmit");
        page.getByTestId("grant").click();
        assertThat(page.locator("#scope-messages")).containsText("Valige vähemalt üks");
        page.check("#maySubmit");
        page.fill("#validFrom", today().toString());
        page.getByTestId("grant").click();
        page.waitForURL(url("/mandates"));
        // The row just granted (other tests' fixtures may hold mandates of this insurer, even future ones).
        var newest = page.getByTestId("mandate-list").locator("tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Kahjuabi Partnerid OÜ")).filter(new Locator.FilterOptions()
                .setHasText(today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))).first();
        assertThat(newest).containsText("Kahjuabi Partnerid OÜ");
        assertThat(newest).containsText("kehtib");
        String grantedRow = newest.getAttribute("data-testid");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "mandates");

        BrowserContext representativeContext = browser.newContext();
        Page rep = representativeContext.newPage();
        try {
            rep.navigate(url("/"));
            KeycloakLogin.logIn(rep, DemoAccount.KAHJUABI_REP.username, DemoAccount.PASSWORD);
            rep.waitForURL(url("/representative"));
            PortalBrowser.assertAccessible(rep);
            rep.getByTestId("act-for-" + DemoData.POHJALA).click();
            rep.waitForURL(url("/claims"));
            assertThat(rep.getByTestId("acting-banner")).containsText("Põhjala Kindlustus AS (10000018)");
            PortalBrowser.assertAccessible(rep);
            PortalBrowser.screenshot(rep, "representative-acting");

            String claimNumber = RegisterFixtures.unique("REP");
            rep.navigate(url("/claims/new"));
            FillIn.form(rep, aClaim().number(claimNumber).contract(contract).form());
            rep.getByTestId("save").click();
            rep.waitForURL(Pattern.compile(".*/claims/\\d+(\\?saved=\\d+)?$"));
            String claimPath = rep.url().replaceAll("^https?://[^/]+", "");
            assertThat(rep.getByTestId("history")).containsText("kahjuabi.rep");
            assertThat(rep.getByTestId("history")).containsText("Kahjuabi Partnerid OÜ");
            rep.getByTestId("add-payout").click();

            page.navigate(url(claimPath));
            assertThat(page.locator("h1")).containsText(claimNumber);
            assertThat(page.getByTestId("history")).containsText("Rein Rebane (kahjuabi.rep) · Kahjuabi Partnerid OÜ");

            page.navigate(url("/audit"));
            assertThat(page.getByTestId("audit-log")).containsText(claimNumber);
            assertThat(page.getByTestId("audit-log")).containsText("kahjuabi.rep");
            PortalBrowser.assertAccessible(page);
            PortalBrowser.screenshot(page, "audit-log");

            page.navigate(url("/mandates"));
            page.getByTestId(grantedRow).locator("[data-testid^=revoke-]").click();
            assertThat(page.getByTestId(grantedRow)).containsText("tühistatud");

            FillIn.form(rep, aPayout().form());
            rep.getByTestId("save").click();
            assertThat(rep.getByTestId("error-403")).containsText("ei kehti enam");
            PortalBrowser.assertAccessible(rep);
            PortalBrowser.screenshot(rep, "representative-mandate-lost");
            assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from payout p join claim c on c.id = p.claim_id"
                    + " where c.claim_number = ?", claimNumber));

            Response list = rep.navigate(url("/claims"));
            assertEquals(403, list.status());
            rep.getByTestId("choose-insurer").click();
            assertThat(rep.getByTestId("mandate-lost")).isVisible();
        } finally {
            representativeContext.close();
        }
    }

    @Test
    void anInsurersAdminSeesOnlyItsOwnInsurersSubmissions() {
        // Concluded today by Põhjala: the newest submission of all, its number in the audit log's label.
        String theirs = register.contract(DemoData.POHJALA, aContract().changeDate(today())).number();
        logInAs(DemoAccount.LAANEMERE_ADMIN);
        page.navigate(url("/audit"));
        assertThat(page.locator("main")).not().containsText(theirs);
    }

    @Test
    void aRepresentativeWithoutAMandateCannotPickAnInsurer() {
        logInAs(DemoAccount.KAHJUABI_REP);
        assertThat(page.getByTestId("no-mandate")).containsText("ei ole praegu ühtegi kehtivat volitust");
        PortalBrowser.assertAccessible(page);
        var forged = page.request().post(url("/representative/act"), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", PortalBrowser.formToken(page))
                        .set("insurerCode", DemoData.LAANEMERE)));
        assertEquals(403, forged.status());
        context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie(ActingInsurer.CHOICE_COOKIE,
                DemoData.LAANEMERE).setUrl(url("/"))));
        assertEquals(403, page.navigate(url("/claims")).status());
        assertThat(page.getByTestId("acting-banner")).hasCount(0);
    }

    /** The portal's today (Tallinn), not the machine's: they differ for two hours each night. */
    private LocalDate today() {
        return Clocks.today(clock);
    }
}
