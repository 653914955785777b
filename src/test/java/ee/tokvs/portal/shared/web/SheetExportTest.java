package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.shared.i18n.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SheetExportTest {

    /** Under two lines of filters: a text, a count, a sum of money, a negative sum, a share in per cent and a date. */
    private static final SheetExport.Table FIGURES = SheetExport.Table.of("x",
            List.of("rühm", "nõudeid", "makstud", "laekunud", "tähtaegselt (%)", "kuupäev"),
            List.of(List.of(Cell.text("=1+1"), Cell.count(1234), Cell.amount(new BigDecimal("1234567.89")),
                    Cell.amount(new BigDecimal("-200")), Cell.percent(new BigDecimal("64.7")),
                    Cell.date(LocalDate.of(2025, 2, 1)))),
            List.of(List.of("Periood", "01.01.2015–31.12.2016"), List.of("Kindlustusandja", "kõik")));

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\")", SheetExport.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", SheetExport.neutralise("+1"));
        assertEquals("'-500,00", SheetExport.neutralise("-500,00"));
        assertEquals("'@SUM(A1)", SheetExport.neutralise("@SUM(A1)"));
        assertEquals("'\tx", SheetExport.neutralise("\tx"));
        assertEquals("plain = text", SheetExport.neutralise("plain = text"));
        assertEquals("", SheetExport.neutralise(null));
    }

    @Test
    void estonianCsvHasSemicolonsADecimalCommaAndTheFiltersAtTheTop() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.csv(FIGURES, out, Language.ET);
        assertEquals("\ufeffPeriood;01.01.2015–31.12.2016\r\nKindlustusandja;kõik\r\n\r\n"
                + "rühm;nõudeid;makstud;laekunud;tähtaegselt (%);kuupäev\r\n"
                + "'=1+1;1234;1234567,89;-200,00;64,7;01.02.2025\r\n", out.toString(StandardCharsets.UTF_8),
                "numbers plain, so that the spreadsheet reads them as numbers; only text is neutralised");
    }

    @Test
    void englishCsvHasCommasAndADecimalPoint() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.csv(FIGURES, out, Language.EN);
        assertEquals("\ufeffPeriood,01.01.2015–31.12.2016\r\nKindlustusandja,kõik\r\n\r\n"
                + "rühm,nõudeid,makstud,laekunud,tähtaegselt (%),kuupäev\r\n"
                + "'=1+1,1234,1234567.89,-200.00,64.7,01.02.2025\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void xlsxCellsAreNumbersWithFormatsAndDates() throws IOException {
        for (Language language : Language.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SheetExport.xlsx(FIGURES, out, language);
            List<Row> rows = read(out.toByteArray());
            assertEquals("Periood", rows.get(0).getCell(0).getText());
            assertEquals("kõik", rows.get(1).getCell(1).getText());
            assertEquals(4, rows.get(2).getRowNum(), "a blank row between the filters and the table");
            assertEquals("rühm", rows.get(2).getCell(0).getText());
            Row figures = rows.get(3);
            assertEquals(CellType.STRING, figures.getCell(0).getType());
            assertEquals("=1+1", figures.getCell(0).getText(), "typed text, never run");
            assertNumber(new BigDecimal("1234"), "#,##0", figures.getCell(1));
            assertNumber(new BigDecimal("1234567.89"), "#,##0.00", figures.getCell(2));
            assertNumber(new BigDecimal("-200"), "#,##0.00", figures.getCell(3));
            assertNumber(new BigDecimal("0.647"), language == Language.ET ? "0.0 %" : "0.0%", figures.getCell(4));
            assertEquals(LocalDate.of(2025, 2, 1), figures.getCell(5).asDate().toLocalDate());
            assertEquals("dd.mm.yyyy", figures.getCell(5).getDataFormatString());
        }
    }

    @Test
    void severalTablesFollowEachOtherUnderTheirTitlesWithABlankLineBetween() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.csv(List.of(
                SheetExport.Table.of("Lepingud", List.of("aasta", "arv"), List.of(List.of(Cell.text("2024"), Cell.count(2)),
                        List.of(Cell.text("Kokku"), Cell.count(2)))),
                SheetExport.Table.of("=Nõuded", List.of("aasta", "arv"), List.of(List.of(Cell.text("2025"), Cell.count(1))))),
                out, Language.ET);
        assertEquals("\ufeffLepingud\r\naasta;arv\r\n2024;2\r\nKokku;2\r\n\r\n'=Nõuded\r\naasta;arv\r\n2025;1\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void severalTablesShareOneSheetInXlsxLikewise() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.xlsx(List.of(
                SheetExport.Table.of("Lepingud", List.of("aasta", "arv"), List.of(List.of(Cell.text("2024"), Cell.count(2)))),
                SheetExport.Table.of("Nõuded", List.of("aasta", "arv"), List.of(List.of(Cell.text("2025"), Cell.count(1))))),
                "TOKVS", out, Language.ET);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<List<String>> rows = new ArrayList<>();
            workbook.getFirstSheet().openStream().forEach(row -> {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                rows.add(row.stream().map(cell -> cell == null ? "" : cell.getText()).toList());
            });
            assertEquals("TOKVS", workbook.getFirstSheet().getName());
            assertEquals(List.of(List.of("Lepingud"), List.of("aasta", "arv"), List.of("2024", "2"), List.of(),
                    List.of("Nõuded"), List.of("aasta", "arv"), List.of("2025", "1")), rows);
        }
    }

    private static void assertNumber(BigDecimal value, String format, org.dhatim.fastexcel.reader.Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
        assertEquals(0, value.compareTo(cell.asNumber()), value + " ≠ " + cell.asNumber());
        assertEquals(format, cell.getDataFormatString());
    }

    private static List<Row> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }
}
