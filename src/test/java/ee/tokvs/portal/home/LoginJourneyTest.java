package ee.tokvs.portal.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Response;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A person logs in through Keycloak with each demo account, lands on the right home and finds their way. */
@QuarkusTest
class LoginJourneyTest extends BrowserTest {

    @Inject
    Register register;

    @Inject
    Clock clock;

    @ParameterizedTest
    @EnumSource(value = DemoAccount.class, mode = EnumSource.Mode.EXCLUDE, names = "NO_ROLE")
    void eachRoleLandsOnItsHomeSwitchesLanguageAndLogsOut(DemoAccount account) {
        logInAs(account);

        assertEquals("et", page.getAttribute("html", "lang"));
        assertThat(page.getByTestId("who-role")).hasText(account.roleEt);
        assertThat(page.getByTestId("who-org")).hasText(account.organisationEt);
        assertThat(page.getByTestId("who-user")).not().isEmpty();
        String estonianHeading = page.textContent("h1");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, account.username + "-home-et");

        page.getByTestId("lang-switch").click();
        page.waitForURL(url(account.homePath));
        assertEquals("en", page.getAttribute("html", "lang"));
        assertThat(page.getByTestId("who-role")).hasText(account.roleEn);
        assertNotEquals(estonianHeading, page.textContent("h1"));
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, account.username + "-home-en");

        page.getByTestId("logout").click();
        page.waitForURL(Pattern.compile(Pattern.quote(url("/signed-out")) + "(\\?.*)?"));
        assertThat(page.locator("h1")).hasText("You have logged out");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, account.username + "-signed-out");

        // The session is really over: the home page asks for a login again.
        page.navigate(url(account.homePath));
        page.waitForSelector("#username");
        assertThat(page).hasURL(Pattern.compile(".*/realms/tokvs/.*"));
    }

    @Test
    void aUserWithoutAPortalRoleGetsTheForbiddenPageInTheirLanguage() {
        logInAs(DemoAccount.NO_ROLE);
        page.waitForSelector("[data-testid=error-403]");
        Response again = page.navigate(url("/"));
        assertEquals(403, again.status());
        assertThat(page.locator("main p").first()).containsText("ei ole antud ühtegi portaali rolli");
        assertThat(page.getByTestId("who-role")).hasText(DemoAccount.NO_ROLE.roleEt);
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "no-role-403-et");

        page.getByTestId("lang-switch").click();
        page.waitForSelector("html[lang=en]");
        assertThat(page.locator("main p").first()).containsText("has no portal role");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "no-role-403-en");
    }

    @Test
    void anInsurerCannotOpenTerviseametsHome() {
        logInAs(DemoAccount.POHJALA_STAFF);
        Response response = page.navigate(url("/terviseamet"));
        assertEquals(403, response.status());
        assertThat(page.getByTestId("error-403")).containsText("Teil ei ole õigust seda lehte vaadata");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "insurer-403-et");
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPage() {
        logInAs(DemoAccount.TA_ANALYST);
        Response response = page.navigate(url("/no-such-page"));
        assertEquals(404, response.status());
        assertThat(page.getByTestId("error-404")).containsText("Lehte ei leitud");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "not-found-404-et");
    }

    /**
     * Põhjala's home sums its last twelve months, which hold at least this test's claim with 1 234,50 paid: a sum with
     * a thousands separator. Estonian groups with a no-break space and puts one before the per cent and euro signs;
     * English groups with commas, writes a decimal point and no space before the per cent sign.
     */
    @Test
    void anInsurersHomeWritesItsFiguresAsItsReaderDoes() {
        LocalDate today = Clocks.today(clock);
        String contract = register.contract(DemoData.POHJALA, aContract().changeDate(today.minusDays(90))
                .period(today.minusDays(80), today.plusDays(280))).number();
        long claim = register.claim(DemoData.POHJALA, aClaim().contract(contract).incident(today.minusDays(30))
                .received(today.minusDays(20)).insured("III")).id();
        register.add(DemoData.POHJALA, claim, aPayout().date(today.minusDays(10)).amount("1234,50"));
        logInAs(DemoAccount.POHJALA_STAFF);

        assertFigure("\\d{1,3}(\u00a0\\d{3})+,\\d{2}\u00a0€", "summary-paid");
        assertFigure("\\d{1,3},\\d+\u00a0%", "summary-on-time");
        assertFigure("\\d{1,3}(\u00a0\\d{3})*", "summary-claims");
        PortalBrowser.assertAccessible(page);

        page.getByTestId("lang-switch").click();
        page.waitForSelector("html[lang=en]");
        assertFigure("\\d{1,3}(,\\d{3})+\\.\\d{2}\u00a0€", "summary-paid");
        assertFigure("\\d{1,3}\\.\\d+%", "summary-on-time");
        assertFigure("\\d{1,3}(,\\d{3})*", "summary-claims");
        PortalBrowser.assertAccessible(page);
    }

    /** The figure's text exactly as the page holds it: no-break spaces stay themselves. */
    private void assertFigure(String pattern, String testId) {
        String text = page.getByTestId(testId).textContent().strip();
        assertTrue(text.matches(pattern), testId + " reads \"" + text + "\"");
    }

    @Test
    void terviseametSeesTheInsurersInTheRegister() {
        logInAs(DemoAccount.TA_ADMIN);
        assertThat(page.getByTestId("insurers")).containsText("Põhjala Kindlustus AS");
        assertThat(page.getByTestId("insurers")).containsText("10000024");
    }

    @Test
    void theHomeKeysAreReachableFromTheKeyboard() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasClass("skip-link");
        page.keyboard().press("Enter");
        assertThat(page.locator(":focus")).hasId("main");
        // From the top of a freshly loaded page (without the skip link's #main), Tab reaches logout.
        page.navigate(url(DemoAccount.POHJALA_STAFF.homePath));
        boolean reachedLogout = false;
        for (int i = 0; i < 10 && !reachedLogout; i++) {
            page.keyboard().press("Tab");
            reachedLogout = "logout".equals(page.evaluate("document.activeElement.dataset.testid"));
        }
        assertEquals(true, reachedLogout, "logout is reachable with Tab");
    }
}
