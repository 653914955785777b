package ee.tokvs.portal.query;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An insurer's staff member quoting a healthcare provider asks the register about it: types the provider's code,
 * reads the report, downloads it and opens the printable statement; then looks at a risk profile. A Terviseamet
 * analyst then finds the question in the query log. Every page passes axe.
 */
@QuarkusTest
class QueryJourneyTest extends BrowserTest {

    @Inject
    Register register;

    @Test
    void aStaffMemberAsksAboutAProviderAndTerviseametSeesTheQuestion() throws Exception {
        String provider = register.provider("DENTAL_CARE");
        String contract = register.contract(DemoData.LAANEMERE, aContract().policyholder(provider)).number();
        long claim = register.claim(DemoData.LAANEMERE, aClaim().contract(contract).insured("II")).id();
        register.add(DemoData.LAANEMERE, claim, aPayout().amount("2500"));

        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-queries").click();
        assertThat(page).hasURL(url("/queries/provider"));
        PortalBrowser.assertAccessible(page);

        // by keyboard: the code, then Enter
        page.getByLabel("Tervishoiuteenuse osutaja äriregistri kood").fill(provider);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/queries/provider\\?registryCode=" + provider));
        assertThat(page.getByTestId("facts")).containsText("Katse OÜ");
        assertThat(page.getByTestId("facts")).containsText("hambaravi");
        Locator years = page.getByTestId("table-claim-years").locator("tbody tr");
        assertThat(years).hasCount(1);
        assertThat(years.first().locator("th, td")).hasText(new String[] {"2025", "1", "1"});
        assertThat(page.getByTestId("table-2025-damage").locator("tbody tr").first()).containsText("2\u00a0500,00");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "query-provider");

        Download download = page.waitForDownload(() -> page.getByTestId("export-csv").click());
        List<AnswerSections> exported = AnswerSections.ofCsv(Files.readString(download.path(), StandardCharsets.UTF_8));
        List<AnswerSections> shown = AnswerSections.ofPage(page.content());
        assertEquals(shown.size(), exported.size(), "on the page " + shown + "\nin the file " + exported);
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(true, shown.get(i).sameAs(exported.get(i)), "on the page " + shown.get(i) + "\nin the file "
                    + exported.get(i));
        }

        page.getByTestId("print-link").click();
        assertThat(page.locator("h1")).hasText("Väljavõte TOKVS registrist");
        assertThat(page.getByTestId("reference")).hasText(Pattern.compile("\\d+"));
        String reference = page.getByTestId("reference").textContent().strip();
        assertThat(page.getByTestId("for-insurer")).hasText("Põhjala Kindlustus AS (" + DemoData.POHJALA + ")");
        assertThat(page.getByTestId("asked-by")).containsText("pohjala.staff");
        assertThat(page.getByTestId("issued")).hasText(Pattern.compile("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d \\(Eesti aeg\\)"));
        assertThat(page.getByTestId("table-2025-damage")).containsText("2\u00a0500,00");
        PortalBrowser.assertAccessible(page);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".main-nav")).isHidden();
        PortalBrowser.screenshot(page, "query-statement");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.navigate(url("/queries/provider"));
        page.getByTestId("tab-profile").click();
        page.selectOption("#riskProfile", "DENTAL_CARE");
        page.getByTestId("ask").click();
        assertThat(page.getByTestId("table-contract-years")).isVisible();
        PortalBrowser.assertAccessible(page);
        page.getByTestId("print-link").click();
        assertThat(page.locator("h1")).hasText("Väljavõte TOKVS registrist");
        assertThat(page.getByTestId("legal-basis")).containsText("§ 4 lõiked 6 ja 7");
        assertThat(page.getByTestId("table-contract-years")).isVisible();
        PortalBrowser.assertAccessible(page);

        Page analyst = logInElsewhereAs(DemoAccount.TA_ANALYST);
        analyst.getByTestId("nav-query-log").click();
        Locator asked = analyst.getByTestId("query-log").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(provider));
        // the report, its download and its statement: each answer given was logged (the profile's two not counted here)
        assertThat(asked).hasCount(3);
        // the statement's number is its line in the log
        assertEquals(true, asked.locator("td[data-testid=reference]").allTextContents().stream()
                .anyMatch(cell -> cell.strip().equals(reference)), "statement " + reference + " not in the log");
        assertThat(asked.first()).containsText("Põhjala Kindlustus AS (" + DemoData.POHJALA + ")");
        assertThat(asked.first()).containsText("(pohjala.staff)");
        assertThat(asked.first()).containsText("portaal");
        PortalBrowser.assertAccessible(analyst);
        PortalBrowser.screenshot(analyst, "query-log");
    }
}
