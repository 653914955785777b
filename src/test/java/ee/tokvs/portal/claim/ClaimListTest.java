package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A claims handler works from the list: finds the claims by part of their number (in any case), sorts them by what was
 * paid, reads their total, downloads them as CSV in Estonian and as XLSX in English, in the order shown; and finds the
 * same claims on their contract's page. The menu marks the page.
 * <p>
 * Three claims under one contract: A received 10.06.2025 with 100 € paid, B on the 11th with 2 500 € paid, C on the
 * 12th with nothing paid and a reserve of 700 €.
 */
@QuarkusTest
class ClaimListTest extends BrowserTest {

    private static final String NBSP = "\u00a0";

    @Inject
    Register register;

    private String tag;
    private long contractId;

    @BeforeEach
    void threeClaimsUnderOneContract() {
        tag = RegisterFixtures.unique("LST");
        Register.Saved contract = register.contract(DemoData.POHJALA);
        contractId = contract.id();
        long a = claim("A", "2025-06-10", contract.number());
        long b = claim("B", "2025-06-11", contract.number());
        long c = claim("C", "2025-06-12", contract.number());
        register.add(DemoData.POHJALA, a, aPayout().date("2025-07-01").amount("100"));
        register.add(DemoData.POHJALA, b, aPayout().date("2025-07-01").amount("2500"));
        register.add(DemoData.POHJALA, c, aReserve().date("2025-07-01").amount("700"));
    }

    private long claim(String letter, String received, String contractNumber) {
        return register.claim(DemoData.POHJALA, aClaim().number(tag + "-" + letter).contract(contractNumber)
                .received(received).confirmingWarnings()).id();
    }

    @Test
    void aHandlerFindsSortsTotalsAndDownloadsTheListInBothLanguages() throws Exception {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/claims"));
        assertThat(page.getByTestId("nav-claims")).hasAttribute("aria-current", "page");
        assertThat(page.getByTestId("nav-contracts")).not().hasAttribute("aria-current", "page");
        page.getByLabel("Kahjunõude number").fill(tag.toLowerCase());
        page.getByLabel("Kahjunõude number").press("Enter");

        assertThat(page.getByTestId("claim-count")).hasText("Leitud nõudeid: 3");
        assertEquals(List.of("C", "B", "A"), order(), "the latest received first");
        Locator paid = page.locator("[data-testid=claims] thead th", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Välja makstud"));
        paid.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(paid).hasAttribute("aria-sort", "descending");
        assertEquals(List.of("B", "A", "C"), order(), "the largest paid first");
        paid.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(paid).hasAttribute("aria-sort", "ascending");
        assertEquals(List.of("C", "A", "B"), order());
        assertThat(page.getByTestId("claims-total")).containsText("Kokku (3)");
        assertThat(page.getByTestId("claims-total")).containsText("2" + NBSP + "600,00" + NBSP + "€");
        assertThat(page.getByTestId("claims-total")).containsText("700,00" + NBSP + "€");
        assertThat(page.getByTestId("claim-pager")).containsText("Lehekülg 1/1");
        PortalBrowser.assertAccessible(page);

        Download csv = page.waitForDownload(() -> page.getByText("Laadi nimekiri alla CSV-failina").click());
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv.path(), StandardCharsets.UTF_8));
        assertTrue(lines.get(0).startsWith("\uFEFF"), "a byte-order mark, for the spreadsheet");
        lines.set(0, lines.get(0).substring(1));
        assertTrue(lines.contains("Kahjunõude number;" + tag.toLowerCase()), "the filter above the table: " + lines);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Kahjunõude number;Lepingu number;"))
                .findFirst().orElseThrow());
        assertTrue(lines.get(header).endsWith(";Välja makstud;Eraldis"), lines.get(header));
        assertEquals(List.of(tag + "-C", tag + "-A", tag + "-B"),
                lines.subList(header + 1, lines.size()).stream().map(l -> l.split(";")[0]).toList(), "as sorted");
        assertTrue(lines.get(header + 3).endsWith(";2500,00;0,00"), lines.get(header + 3));
        assertTrue(lines.get(header + 1).contains(";12.06.2025;"), "a date as Estonians write it: " + lines.get(header + 1));

        String shown = URI.create(page.url()).getRawPath() + "?" + URI.create(page.url()).getRawQuery();
        page.navigate(url("/lang/en?back=" + java.net.URLEncoder.encode(shown, StandardCharsets.UTF_8)));
        assertThat(page.getByTestId("claim-count")).hasText("Claims found: 3");
        assertThat(page.locator("[data-testid=claims] thead th[aria-sort=ascending]")).hasText("Paid");
        assertThat(page.getByTestId("claims-total")).containsText("2,600.00" + NBSP + "€");
        assertThat(page.getByTestId("claim-pager")).containsText("Page 1 of 1");
        PortalBrowser.assertAccessible(page);
        Download xlsx = page.waitForDownload(() -> page.getByText("Download the list as Excel (XLSX)").click());
        List<Row> rows;
        try (InputStream in = Files.newInputStream(xlsx.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            rows = workbook.getFirstSheet().read();
        }
        Row b = rows.stream().filter(r -> r.getCellCount() > 0 && (tag + "-B").equals(r.getCellText(0))).findFirst()
                .orElseThrow();
        assertEquals(CellType.NUMBER, b.getCell(b.getCellCount() - 2).getType(), "paid is a number");
        assertEquals(0, new BigDecimal("2500").compareTo(b.getCell(b.getCellCount() - 2).asNumber()));
        assertTrue(rows.stream().anyMatch(r -> r.getCellCount() > 1 && "Claim number".equals(r.getCellText(0))
                && "Contract number".equals(r.getCellText(1))), "the English header");
    }

    @Test
    void aContractsPageListsItsClaimsAndLeadsToThemAll() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/contracts/" + contractId));
        assertThat(page.getByTestId("nav-contracts")).hasAttribute("aria-current", "page");
        Locator claims = page.getByTestId("contract-claims");
        assertThat(claims.locator("tbody tr")).hasCount(3);
        assertThat(claims.locator("tfoot")).containsText("Kokku (3)");
        assertThat(claims.locator("tfoot")).containsText("2" + NBSP + "600,00" + NBSP + "€");
        PortalBrowser.assertAccessible(page);
        page.getByTestId("contract-all-claims").click();
        assertThat(page.getByTestId("claim-count")).hasText("Leitud nõudeid: 3");
        assertThat(page.getByTestId("nav-claims")).hasAttribute("aria-current", "page");
    }

    @Test
    void anotherInsurersExportHoldsNoneOfThemAndTerviseametsNamesTheInsurer() {
        String address = url("/claims/export.csv?claimNumber=" + tag);
        logInAs(DemoAccount.LAANEMERE_STAFF);
        String theirs = page.request().get(address).text();
        assertTrue(theirs.contains("Kahjunõude number;Lepingu number;"), theirs);
        assertTrue(!theirs.contains(tag + "-"), "another insurer's claims stay out of the file: " + theirs);

        com.microsoft.playwright.Page terviseamet = logInElsewhereAs(DemoAccount.TA_ANALYST);
        List<String> lines = terviseamet.request().get(address).text().lines().toList();
        assertEquals(3, lines.stream().filter(l -> l.startsWith("Põhjala Kindlustus AS;" + tag + "-")).count(),
                "Terviseamet's file names the insurer: " + lines);
    }

    /** The letters of the listed claims, top down. */
    private List<String> order() {
        return page.locator("[data-testid=claims] tbody tr td:first-child a").allTextContents().stream()
                .map(number -> number.substring(number.lastIndexOf('-') + 1)).toList();
    }
}
