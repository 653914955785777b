package ee.tokvs.portal.triangle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.testdata.TriangleFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Terviseamet analyst opens the triangles of one insurer as at the end of 2007 ({@link TriangleFixture}, worked out in
 * TriangleQueriesTest), reads them in Estonian and in English, and downloads them as a spreadsheet.
 */
@QuarkusTest
class TrianglePagesTest extends BrowserTest {

    @Inject
    TriangleFixture fixture;

    @BeforeEach
    void theFixedRegister() {
        fixture.seed();
    }

    /** A row of a table by its incident year (as at 2007 the rows are 1998–2007). */
    private Locator row(String table, int incidentYear) {
        return page.getByTestId(table).locator("tbody tr").nth(incidentYear - 1998);
    }

    /** Each cell's text exactly, an Estonian no-break space matching as a space; "" an empty cell. */
    private static Pattern[] cells(String... texts) {
        Pattern[] patterns = new Pattern[texts.length];
        for (int i = 0; i < texts.length; i++) {
            patterns[i] = Pattern.compile("^" + texts[i].replace(".", "\\.").replace(" ", "[\\s\\u00a0\\u202f]") + "$");
        }
        return patterns;
    }

    /** Seven empty cells: development years 3 to 9 of a row of 2005. */
    private static final String[] FUTURE_OF_2005 = {"", "", "", "", "", "", ""};

    private static String[] concat(String[] first, String[] second, String... last) {
        String[] all = new String[first.length + second.length + last.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(last, 0, all, first.length + second.length, last.length);
        return all;
    }

    @Test
    void anAnalystReadsOneInsurersTrianglesInBothLanguagesAndDownloadsThem() throws Exception {
        logInAs(DemoAccount.TA_ANALYST);
        page.getByTestId("nav-triangles").click();
        assertThat(page).hasURL(url("/dashboards/triangles"));
        page.selectOption("#year", "2007");
        page.selectOption("#insurer", new SelectOption().setLabel(TriangleFixture.A_NAME));
        page.getByTestId("triangle-show").click();
        assertThat(page).hasURL(Pattern.compile(".*year=2007&insurer=" + TriangleFixture.A + "&measure=ALL.*"));
        assertThat(page.locator("#insurer")).hasValue(TriangleFixture.A);
        assertThat(page.getByTestId("triangle-summary")).hasText("Seisuga 31.12.2007: " + TriangleFixture.A_NAME + ".");
        assertThat(page.getByTestId("triangle-indicator-note")).containsText("näitaja, mitte eraldise hinnang");

        assertThat(row("triangle-paid", 2005).locator("th")).hasText("2005");
        assertThat(row("triangle-paid", 2005).locator("td")).hasText(cells(concat(
                new String[] {"1 000,00", "3 500,00", "5 000,00"}, FUTURE_OF_2005, "5 000,00")));
        assertThat(row("triangle-paid", 2007).locator("td").last()).hasText(cells("1 607,18"));
        assertThat(row("triangle-incurred", 2006).locator("td").nth(1)).hasText(cells("1 800,00"));
        assertThat(row("triangle-reported", 2005).locator("td").nth(1)).hasText("2");
        assertThat(row("factors-paid", 2006).locator("td").first()).hasText("1,6667");
        assertThat(page.getByTestId("factors-paid").locator("tfoot td")).hasText(cells(
                "2,8125", "1,4286", "", "", "", "", "", "", ""));
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "triangles");

        page.getByTestId("lang-switch").click();
        assertThat(page).hasURL(Pattern.compile(".*/dashboards/triangles\\?year=2007&insurer=" + TriangleFixture.A + ".*"));
        assertThat(page.getByTestId("triangle-summary")).hasText("As at 31.12.2007: " + TriangleFixture.A_NAME + ".");
        assertThat(page.getByTestId("triangle-indicator-note")).containsText("an indicator, not a reserve opinion");
        assertThat(row("triangle-paid", 2005).locator("td")).hasText(cells(concat(
                new String[] {"1,000.00", "3,500.00", "5,000.00"}, FUTURE_OF_2005, "5,000.00")));
        assertThat(row("triangle-paid", 2007).locator("td").last()).hasText("1,607.18");
        assertThat(page.getByTestId("factors-incurred").locator("tfoot td").first()).hasText("1.5946");
        PortalBrowser.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.getByTestId("triangle-export-xlsx").click());
        assertEquals("triangles-2007-" + TriangleFixture.A + ".xlsx", download.suggestedFilename());
        List<Row> rows;
        try (InputStream in = Files.newInputStream(download.path());
                ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            rows = workbook.getFirstSheet().read();
        }
        assertEquals("As at the end of year", rows.get(1).getCellText(0));
        assertEquals("31.12.2007", rows.get(1).getCellText(1));
        assertEquals(TriangleFixture.A_NAME, rows.get(2).getCellText(1));
        // the first row of 2005 is the paid triangle's: numbers, as the page shows them to the cent
        Row paid2005 = rows.stream().filter(r -> "2005".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertNumber(new BigDecimal("1000.00"), paid2005.getCell(1));
        assertNumber(new BigDecimal("5000.00"), paid2005.getCell(3));
        assertEquals("#,##0.00", paid2005.getCell(1).getDataFormatString());
        assertNumber(new BigDecimal("5000.00"), paid2005.getCell(11));
        Row paid2007 = rows.stream().filter(r -> "2007".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertNumber(new BigDecimal("1607.18"), paid2007.getCell(11));
        Row averages = rows.stream().filter(r -> "Volume-weighted average".equals(r.getCellText(0))).findFirst()
                .orElseThrow();
        assertNumber(new BigDecimal("2.8125"), averages.getCell(1));
        assertEquals("#,##0.0000", averages.getCell(1).getDataFormatString());
    }

    @Test
    void oneMeasureAloneAndInsurersCannotReachThePage() {
        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/dashboards/triangles?year=2007&measure=REPORTED"));
        assertThat(page.getByTestId("part-reported")).hasCount(1);
        assertThat(page.getByTestId("part-paid")).hasCount(0);
        // all insurers: 2006 counts A3 and B1
        assertThat(row("triangle-reported", 2006).locator("td").first()).hasText("2");
        assertThat(row("triangle-reported", 2007).locator("td").last()).hasText(cells("1,33"));
        assertThat(page.getByTestId("triangle-summary")).containsText("kõik kindlustusandjad");
        PortalBrowser.assertAccessible(page);

        page.navigate(url("/dashboards/triangles?year=1066&measure=SIDEWAYS"));
        assertThat(page.getByTestId("ignored-input")).containsText("1066");
        assertThat(page.getByTestId("ignored-input")).containsText("SIDEWAYS");
        assertThat(page.getByTestId("part-incurred")).hasCount(1);

        assertEquals(403, logInElsewhereAs(DemoAccount.POHJALA_STAFF).navigate(url("/dashboards/triangles")).status());
    }

    private static void assertNumber(BigDecimal expected, Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        assertTrue(expected.compareTo(cell.asNumber()) == 0, expected + " ≠ " + cell.asNumber());
    }
}
