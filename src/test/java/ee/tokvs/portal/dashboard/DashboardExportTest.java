package ee.tokvs.portal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.DashboardFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Terviseamet analyst downloads a figure of the fixed register ({@link DashboardFixture}) and finds in the file what
 * the page showed: the filters it is of at the top, then the table, its numbers as the analyst's spreadsheet reads
 * them in the analyst's language.
 */
@QuarkusTest
@ActingAsTerviseametAnalyst
class DashboardExportTest {

    private static final String PERIOD = "from=2015-01-01&to=2016-12-31";

    @Inject
    DashboardFixture fixture;

    @BeforeEach
    void theFixedRegister() {
        fixture.seed();
    }

    @Test
    void severalValuesOfAFilterAreWrittenTogether() {
        List<String> lines = csv("by_severity", PERIOD + "&severity=V&severity=VI&specialtyGroup=SURGICAL&period=", Language.EN)
                .lines().toList();
        assertTrue(lines.contains("Specialty group,surgical specialties"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Severity,\"V") && l.contains(", VI")), lines.toString());
    }

    @Test
    void anEstonianFileStartsWithTheFiltersThenTheTableWithSemicolons() {
        String csv = csv("over_time", PERIOD + "&specialty=GENERAL_SURGERY&insurer=" + DemoData.LAANEMERE, Language.ET);
        assertEquals("\ufeffPeriood;01.01.2015–31.12.2016\r\n"
                + "Kuupäev, mille järgi nõudeid loetakse;juhtumi toimumise aeg\r\n"
                + "Ajaühik;aasta\r\n"
                + "Kindlustusandja;Läänemere Kindlustus AS\r\n"
                + "Riskiprofiil;kõik\r\n"
                + "Erialarühm;kõik\r\n"
                + "Eriala;üldkirurgia\r\n"
                + "Juhtumi liik;kõik\r\n"
                + "Raskusaste;kõik\r\n"
                + "\r\n"
                + "Rühm;Nõudeid;Kindlustusjuhtumeid;Raskusaste V;Raskusaste VI (sh surm)\r\n"
                + "2016;1;1;1;0\r\n", csv, "the surgical claim of Läänemere, C4 (2016, severity V)");
    }

    @Test
    void anEnglishFileHasCommasAndADecimalPoint() {
        List<String> lines = csv("compliance", PERIOD, Language.EN).lines().toList();
        assertEquals("\ufeffPeriod,01.01.2015–31.12.2016", lines.get(0));
        assertEquals("Insurer,all", lines.get(3));
        int header = lines.indexOf("");
        assertTrue(lines.get(header + 1).startsWith("Group,"), lines.toString());
        // Läänemere: 2 submissions, 1 on time, 1 late, 50 %
        assertTrue(lines.get(header + 2).matches("Läänemere Kindlustus AS,2,1,1,50(\\.0+)?"), lines.toString());
    }

    @Test
    void anEstonianFileWritesDecimalsWithACommaAndNoThousandsSeparator() {
        List<String> lines = csv("money", PERIOD, Language.ET).lines().toList();
        // non-pecuniary damage: 20 000 paid, nothing reserved
        assertTrue(lines.stream().anyMatch(line -> line.matches("mittevaraline kahju;20000,00;0,00;20000,00")), lines.toString());
        List<String> compliance = csv("compliance", PERIOD, Language.ET).lines().toList();
        assertTrue(compliance.stream().anyMatch(line -> line.matches("Läänemere Kindlustus AS;2;1;1;50(,0+)?")),
                compliance.toString());
    }

    @Test
    void anXlsxFileHoldsNumbersAsNumbersAndSharesAsPercentages() throws IOException {
        List<Row> money = xlsx("money", PERIOD, Language.ET);
        assertEquals("Periood", money.get(0).getCellText(0));
        Row nonPecuniary = row(money, "mittevaraline kahju");
        assertNumber(new BigDecimal("20000"), nonPecuniary.getCell(1));
        assertEquals("#,##0.00", nonPecuniary.getCell(1).getDataFormatString());

        Row laanemere = row(xlsx("compliance", PERIOD, Language.EN), "Läänemere Kindlustus AS");
        assertNumber(new BigDecimal("2"), laanemere.getCell(1));
        assertNumber(new BigDecimal("1"), laanemere.getCell(3));
        assertNumber(new BigDecimal("0.5"), laanemere.getCell(4));
        assertTrue(laanemere.getCell(4).getDataFormatString().endsWith("%"), laanemere.getCell(4).getDataFormatString());
    }

    private static String csv(String figure, String query, Language language) {
        byte[] file = given().cookie(Language.COOKIE, language.code).get("/dashboards/export/" + figure + ".csv?" + query)
                .then().statusCode(200).extract().asByteArray();
        return new String(file, StandardCharsets.UTF_8);
    }

    private static List<Row> xlsx(String figure, String query, Language language) throws IOException {
        byte[] file = given().cookie(Language.COOKIE, language.code).get("/dashboards/export/" + figure + ".xlsx?" + query)
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static Row row(List<Row> rows, String label) {
        return rows.stream().filter(row -> label.equals(row.getCellText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
    }

    private static void assertNumber(BigDecimal expected, Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        assertEquals(0, expected.compareTo(cell.asNumber()), expected + " ≠ " + cell.asNumber());
    }
}
