package ee.tokvs.portal.shared.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table of text as CSV (UTF-8 with a byte-order mark, semicolons, as Estonian spreadsheets expect)
 * or XLSX. In CSV, cells that a spreadsheet would run as a formula are neutralised; XLSX cells are written as
 * typed text, which a spreadsheet never runs.
 */
public final class SheetExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A table to write: its sheet name, header and rows, all text. */
    public interface Table {
        String sheetName();

        List<String> header();

        /** Writes each row to the sink in turn, so a long table is never held whole. */
        void rows(RowSink sink) throws IOException;
    }

    @FunctionalInterface
    public interface RowSink {
        void row(List<String> cells) throws IOException;
    }

    private SheetExport() {
    }

    /** A download of the table as CSV or XLSX ("csv" or "xlsx"), named {@code baseName} plus the extension. */
    public static Response download(Table table, String format, String baseName) {
        boolean xlsx = "xlsx".equals(format);
        StreamingOutput body = out -> {
            if (xlsx) {
                xlsx(table, out);
            } else {
                csv(table, out);
            }
        };
        String fileName = Normalizer.normalize(baseName, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9._-]", "") + "." + format;
        return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** A cell beginning with =, +, -, @, tab or carriage return is prefixed with ' so it stays text (OWASP). */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        printer.printRecord(table.header().stream().map(SheetExport::neutralise).toList());
        table.rows(cells -> printer.printRecord(cells.stream().map(SheetExport::neutralise).toList()));
        printer.flush();
    }

    public static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "TOKVS portal", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] r = {1};
        table.rows(cells -> {
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(r[0], c, cells.get(c));
            }
            if (++r[0] % 1000 == 0) {
                sheet.flush();
            }
        });
        workbook.finish();
    }
}
