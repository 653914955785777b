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

    @Test
    void filtersChangeEveryFigureAndTheAddressWithoutAFullReload() {
        logInAs(DemoAccount.TA_ANALYST);
        page.getByTestId("nav-dashboards").click();
        assertThat(page).hasURL(url("/dashboards"));
        // htmx takes over the form once the page has loaded; a person types later than a test does.
        page.waitForFunction("() => window.htmx && document.readyState === 'complete'");

        page.evaluate("window.__sameDocument = true");
        page.fill("#from", "2015-01-01");
        page.fill("#to", "2016-12-31");
        assertThat(page).hasURL(Pattern.compile(".*from=2015-01-01&to=2016-12-31.*"));
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
        assertEquals(true, page.evaluate("window.__sameDocument === true"), "the filter did not reload the page");
        assertThat(page.getByTestId("chart-over_time").locator("canvas")).hasCount(1);
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void aBookmarkedViewOpensAsSavedAndABarOpensTheClaimsBehindIt() throws Exception {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/dashboards?from=2015-01-01&to=2016-12-31&basis=INCIDENT&grain=QUARTER"));
        assertThat(page.locator("#grain")).hasValue("QUARTER");
        assertThat(overTime().locator("tbody tr th").first()).hasText("2015-Q1");
        assertThat(page.getByTestId("table-rates")).containsText("1497.95");

        Download download = page.waitForDownload(() -> page.getByTestId("export-over_time-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("2015-Q1;1;1;0;1\r\n"), csv);
        assertTrue(csv.contains("2016-Q2;1;1;1;0\r\n"), csv);

        assertThat(page.getByTestId("table-compliance").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Läänemere Kindlustus AS"))).hasAttribute("href",
                "/audit?late=true&insurer=10000024");

        overTime().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("2015-Q4")).click();
        assertThat(page).hasURL(Pattern.compile(".*/claims\\?incidentFrom=2015-10-01&incidentTo=2015-12-31.*"));
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("claims")).containsText("DASH-C2");
        PortalBrowser.assertAccessible(page);

        page.goBack();
        page.getByTestId("table-by_risk_profile").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("suur haigla")).click();
        assertThat(page.getByTestId("claims").locator("tbody tr")).hasCount(3);
        assertThat(page.getByTestId("claim-drill")).containsText("suur haigla");
    }

    @Test
    void howManySeriousClaimsInSurgeryYearOnYearAndWhoReportsLate() {
        logInAs(DemoAccount.TA_ANALYST);
        page.getByTestId("nav-dashboards").click();
        page.waitForFunction("() => window.htmx && document.readyState === 'complete'");
        page.fill("#from", "2015-01-01");
        page.fill("#to", "2016-12-31");
        page.selectOption("#specialty", "GENERAL_SURGERY");
        assertThat(page).hasURL(Pattern.compile(".*specialty=GENERAL_SURGERY.*"));
        // columns: claims, insured events, severity V, severity VI
        assertThat(overTime().locator("tbody tr")).hasCount(2);
        assertThat(overTime().locator("tbody tr").nth(0).locator("th")).hasText("2015");
        assertThat(overTime().locator("tbody tr").nth(0).locator("td")).hasText(new String[] {"1", "1", "0", "1"});
        assertThat(overTime().locator("tbody tr").nth(1).locator("th")).hasText("2016");
        assertThat(overTime().locator("tbody tr").nth(1).locator("td")).hasText(new String[] {"1", "1", "1", "0"});
        // late reporting, worst first: Läänemere 1 of 2 on time, Põhjala 3 of 4
        Locator compliance = page.getByTestId("table-compliance").locator("tbody tr");
        assertThat(compliance.nth(0)).containsText("Läänemere Kindlustus AS");
        assertThat(compliance.nth(0)).containsText("50");
        assertThat(compliance.nth(1)).containsText("Põhjala Kindlustus AS");
        assertThat(compliance.nth(1)).containsText("75");
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void moneyRecoveryAndTrendRowsOpenTheRecordsBehindThem() {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/dashboards?from=2015-01-01&to=2016-12-31&basis=INCIDENT&grain=YEAR"));
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

        page.goBack();
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
