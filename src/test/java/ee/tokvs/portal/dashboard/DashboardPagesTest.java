package ee.tokvs.portal.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.testdata.DashboardFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Terviseamet analyst filters the dashboard, bookmarks it, drills down to claims and exports the numbers. */
@QuarkusTest
class DashboardPagesTest extends BrowserTest {

    @Inject
    DashboardFixture fixture;

    @BeforeEach
    void theFixedRegister() {
        fixture.seed();
    }

    private Locator overTime() {
        return page.getByTestId("table-over_time");
    }

    /** Estonian numbers group by a no-break space: "21 500,00 €" as a pattern that takes any space there. */
    private static Pattern number(String text) {
        return Pattern.compile(text.replace(".", "\\.").replace(" ", "[\\s\\u00a0\\u202f]"));
    }

    private void htmxReady() {
        // htmx takes over the form once the page has loaded; a person types later than a test does.
        page.waitForFunction("() => window.htmx && document.readyState === 'complete'");
    }

    private Locator key(String name) {
        return page.getByTestId("dash_key_" + name + "-value");
    }

    @Test
    void filtersApplyWithoutAReloadAndBackLeavesTheDashboard() {
        logInAs(DemoAccount.TA_ANALYST);
        page.getByTestId("nav-dashboards").click();
        assertThat(page).hasURL(url("/dashboards"));
        htmxReady();

        page.evaluate("window.__sameDocument = true");
        page.fill("#from", "2015-01-01");
        page.fill("#to", "2016-12-31");
        assertThat(page).hasURL(Pattern.compile(".*from=2015-01-01&to=2016-12-31.*"));
        assertThat(page.getByTestId("dashboard-status")).hasText("Näitajad on uuendatud.");
        assertThat(page.getByTestId("dashboard-status")).hasAttribute("aria-live", "polite");
        assertThat(key("claims")).hasText("4");
        assertThat(page.getByTestId("chart-over_time").locator("canvas")).hasCount(1);
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "dashboard");
        assertThat(overTime().locator("tbody tr")).hasCount(2);
        assertThat(overTime().locator("tbody tr").first()).containsText("2015");
        assertThat(overTime().locator("tbody tr").first().locator("td").first()).hasText("2");

        page.selectOption("#basis", "RECEIVED");
        assertThat(page).hasURL(Pattern.compile(".*basis=RECEIVED.*"));
        assertThat(overTime().locator("tbody tr").first().locator("td").first()).hasText("1");
        assertThat(page.getByTestId("dash-basis-note")).containsText("nõude saamise");

        page.getByTestId("section-BREAKDOWNS").click();
        assertThat(page).hasURL(Pattern.compile(".*section=BREAKDOWNS.*basis=RECEIVED.*"));
        assertThat(page.getByTestId("section-BREAKDOWNS")).hasAttribute("aria-current", "page");
        assertThat(page.getByTestId("table-by_specialty_group")).containsText("kirurgilised erialad");
        assertThat(page.getByTestId("figure-over_time")).hasCount(0);
        // a quick period names itself in the address, so a bookmark moves with today
        page.selectOption("#period", "LAST_YEAR");
        assertThat(page).hasURL(Pattern.compile(".*period=LAST_YEAR.*"));
        assertEquals(true, page.evaluate("window.__sameDocument === true"), "a filter reloaded the page");
        PortalBrowser.assertAccessible(page);

        // typing a date key by key asks once, after the typing, not once per key
        page.selectOption("#period", "");
        assertThat(page).not().hasURL(Pattern.compile(".*period=LAST_YEAR.*"));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("/dashboards?")) {
                asked.incrementAndGet();
            }
        });
        // the browser's date field here reads month, day, year; a person types a key every 150 ms or so
        page.locator("#from").focus();
        page.locator("#from").pressSequentially("03012015", new Locator.PressSequentiallyOptions().setDelay(150));
        assertThat(page).hasURL(Pattern.compile(".*from=2015-03-01.*"));
        assertEquals(1, asked.get(), "requests while a date was typed");

        // every change replaced the history entry: Back leaves the dashboard
        page.goBack();
        assertThat(page).not().hasURL(Pattern.compile(".*/dashboards.*"));
    }

    /**
     * The analyst's question: how many serious claims in surgery, and which insurer reports late? Surgery (the group)
     * and severity V and VI chosen together: C1 (VI) and C4 (V), both insured; paid 21,000 + 500, reserves 100 + 700;
     * Läänemere reported 1 of 2 on time, Põhjala 3 of 4.
     */
    @Test
    void howManySeriousClaimsInSurgeryAndWhoReportsLateInBothLanguages() {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/dashboards?from=2015-01-01&to=2016-12-31"));
        htmxReady();
        page.getByTestId("choose-specialtyGroup").locator("summary").click();
        page.getByLabel("kirurgilised erialad").check();
        assertThat(page).hasURL(Pattern.compile(".*specialtyGroup=SURGICAL.*"));
        page.getByTestId("choose-severity").locator("summary").click();
        page.locator("input[name=severity][value=V]").check();
        assertThat(page).hasURL(Pattern.compile(".*severity=V.*"));
        page.locator("input[name=severity][value=VI]").check();
        assertThat(page).hasURL(Pattern.compile(".*specialtyGroup=SURGICAL.*severity=V&severity=VI.*"));

        assertThat(key("claims")).hasText("2");
        assertThat(key("serious")).hasText("2");
        assertThat(key("insured")).hasText("2");
        assertThat(key("paid")).hasText(number("^21 500,00 €$"));
        assertThat(key("incurred")).hasText(number("^22 300,00 €$"));
        assertThat(key("on_time")).hasText(number("^66,7 %$"));
        assertThat(page.getByTestId("dash_key_on_time")).containsText("Siia ei rakendu filtrid: Erialarühm, Raskusaste");
        // year on year: one at VI in 2015, one at V in 2016
        assertThat(overTime().locator("tbody tr").nth(0).locator("td")).hasText(new String[] {"1", "1", "0", "1"});
        assertThat(overTime().locator("tbody tr").nth(1).locator("td")).hasText(new String[] {"1", "1", "1", "0"});
        PortalBrowser.assertAccessible(page);

        page.getByTestId("section-COMPLIANCE").click();
        assertThat(page).hasURL(Pattern.compile(".*section=COMPLIANCE.*"));
        // late reporting, worst first; columns: submissions, on time, late, share
        Locator compliance = page.getByTestId("table-compliance").locator("tbody tr");
        assertThat(compliance.nth(0).locator("th")).hasText("Läänemere Kindlustus AS");
        assertThat(compliance.nth(0).locator("td").nth(3)).hasText(number("^50,0 %$"));
        assertThat(compliance.nth(0).locator("td").nth(2)).hasText("1");
        assertThat(compliance.nth(1).locator("th")).hasText("Põhjala Kindlustus AS");
        assertThat(compliance.nth(1).locator("td").nth(3)).hasText(number("^75,0 %$"));
        assertThat(page.getByTestId("ignores-compliance")).containsText("Erialarühm, Raskusaste");
        PortalBrowser.assertAccessible(page);

        page.getByTestId("lang-switch").click();
        assertThat(page).hasURL(Pattern.compile(".*section=COMPLIANCE.*specialtyGroup=SURGICAL.*severity=VI.*"));
        assertThat(key("serious")).hasText("2");
        assertThat(key("paid")).hasText(number("^21,500.00 €$"));
        assertThat(key("on_time")).hasText(number("^66.7%$"));
        assertThat(compliance.nth(0).locator("td").nth(3)).hasText(number("^50.0%$"));
        assertThat(page.getByTestId("ignores-compliance")).containsText("Not filtered by: Specialty group, Severity");
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void aBookmarkedViewOpensAsSavedAndItsRowsOpenTheClaimsBehindThem() throws Exception {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/dashboards?section=BREAKDOWNS&from=2015-01-01&to=2016-12-31&basis=INCIDENT&grain=QUARTER"));
        assertThat(page.locator("#grain")).hasValue("QUARTER");
        assertThat(page.getByTestId("table-rates")).containsText(number("1 497,95"));

        page.getByTestId("table-by_risk_profile").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("suur haigla")).click();
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(3);
        assertThat(page.getByTestId("claim-drill")).containsText("suur haigla");

        // several severities and a group's row: the list has exactly the row's claims
        page.navigate(url("/dashboards?section=BREAKDOWNS&from=2015-01-01&to=2016-12-31&severity=V&severity=VI"));
        link("table-by_specialty_group", "kirurgilised erialad").click();
        assertThat(page).hasURL(Pattern.compile(".*/claims\\?.*specialtyGroup=SURGICAL&severity=V&severity=VI.*"));
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(2);
        assertThat(page.getByTestId("claims")).containsText("DASH-C1");
        assertThat(page.getByTestId("claims")).containsText("DASH-C4");
        assertThat(page.getByTestId("claim-drill")).containsText("kirurgilised erialad");
        PortalBrowser.assertAccessible(page);

        page.navigate(url("/dashboards?section=TRENDS&from=2015-01-01&to=2016-12-31&grain=QUARTER"));
        Download download = page.waitForDownload(() -> page.getByTestId("export-over_time-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("2015-Q1;1;1;0;1\r\n"), csv);
        assertTrue(csv.contains("2016-Q2;1;1;1;0\r\n"), csv);
        overTime().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("2015-Q4")).click();
        assertThat(page).hasURL(Pattern.compile(".*/claims\\?incidentFrom=2015-10-01&incidentTo=2015-12-31.*"));
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("claims")).containsText("DASH-C2");
    }

    @Test
    void moneyRecoveryAndTrendRowsOpenTheRecordsBehindThem() {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/dashboards?section=MONEY&from=2015-01-01&to=2016-12-31&basis=INCIDENT&grain=YEAR"));
        link("table-money", "ravikulud").click();
        assertThat(page).hasURL(Pattern.compile(".*/claims\\?incidentFrom=2015-01-01&incidentTo=2016-12-31&damageType=TREATMENT_COSTS"));
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(2);
        assertThat(page.getByTestId("claims")).containsText("DASH-C1");
        assertThat(page.getByTestId("claims")).containsText("DASH-C4");
        assertThat(page.getByTestId("claim-drill")).containsText("ravikulud");
        PortalBrowser.assertAccessible(page);

        page.goBack();
        link("table-recoveries", "teine kindlustusandja").click();
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("claims")).containsText("DASH-C4");

        page.navigate(url("/dashboards?section=COMPLIANCE&from=2015-01-01&to=2016-12-31"));
        link("table-compliance_trend", "2016-02").click();
        assertThat(page).hasURL(Pattern.compile(".*/audit\\?late=true&from=2016-02-01&to=2016-02-29"));
        assertThat(page.getByTestId("audit-log").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("audit-log")).containsText("DASH-C3");
        assertThat(page.getByTestId("audit-drill")).containsText("01.02.2016");
        PortalBrowser.assertAccessible(page);

        // a month cut by the page's period opens only the days the figure counted
        page.navigate(url("/dashboards?from=2015-01-01&to=2016-02-20"));
        assertThat(link("table-compliance_trend", "2016-02")).hasAttribute("href",
                "/audit?late=true&from=2016-02-01&to=2016-02-20");
    }

    private Locator link(String table, String name) {
        return page.getByTestId(table).getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void insurersCannotReachTheDashboard() {
        logInAs(DemoAccount.POHJALA_STAFF);
        assertEquals(403, page.navigate(url("/dashboards")).status());
    }
}
