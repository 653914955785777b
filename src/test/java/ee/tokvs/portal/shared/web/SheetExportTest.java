package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
}
