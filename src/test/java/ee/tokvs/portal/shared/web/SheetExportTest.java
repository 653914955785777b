package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class SheetExportTest {

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
    void csvIsUtf8WithAByteOrderMarkAndSemicolons() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.csv(new SheetExport.Table() {
            @Override
            public String sheetName() {
                return "x";
            }

            @Override
            public List<String> header() {
                return List.of("rida", "väärtus");
            }

            @Override
            public void rows(SheetExport.RowSink sink) throws IOException {
                sink.row(List.of("2", "=1+1"));
            }
        }, out);
        assertEquals("\ufeffrida;väärtus\r\n2;'=1+1\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void severalTablesFollowEachOtherUnderTheirTitlesWithABlankLineBetween() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.csv(List.of(
                SheetExport.Table.of("Lepingud", List.of("aasta", "arv"), List.of(List.of("2024", "2"), List.of("Kokku", "2"))),
                SheetExport.Table.of("=Nõuded", List.of("aasta", "arv"), List.of(List.of("2025", "1")))), out);
        assertEquals("\ufeffLepingud\r\naasta;arv\r\n2024;2\r\nKokku;2\r\n\r\n'=Nõuded\r\naasta;arv\r\n2025;1\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void severalTablesShareOneSheetInXlsxLikewise() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.xlsx(List.of(
                SheetExport.Table.of("Lepingud", List.of("aasta", "arv"), List.of(List.of("2024", "2"))),
                SheetExport.Table.of("Nõuded", List.of("aasta", "arv"), List.of(List.of("2025", "1")))), "TOKVS", out);
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
}
