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
 * or XLSX; or several tables into one file, each under its title. In CSV, cells that a spreadsheet would run as a
 * formula are neutralised; XLSX cells are written as typed text, which a spreadsheet never runs.
 */
public final class SheetExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A table to write: its sheet name, header and rows, all text. */
    public interface Table {
        /** Its sheet's name; in a file of several tables, the title above it. */
        String sheetName();

        List<String> header();

        /** Writes each row to the sink in turn, so a long table is never held whole. */
        void rows(RowSink sink) throws IOException;

        /** A table already held whole. */
        static Table of(String sheetName, List<String> header, List<List<String>> rows) {
            return new Table() {
                @Override
                public String sheetName() {
                    return sheetName;
                }

                @Override
                public List<String> header() {
                    return header;
                }

                @Override
                public void rows(RowSink sink) throws IOException {
                    for (List<String> row : rows) {
                        sink.row(row);
                    }
                }
            };
        }
    }

    @FunctionalInterface
    public interface RowSink {
        void row(List<String> cells) throws IOException;
    }

    private SheetExport() {
    }

    /** A download of the table as CSV or XLSX ("csv" or "xlsx"), named {@code baseName} plus the extension. */
    public static Response download(Table table, String format, String baseName) {
        return download(format, baseName, out -> {
            if ("xlsx".equals(format)) {
                xlsx(table, out);
            } else {
                csv(table, out);
            }
        });
    }

    /**
     * A download of several tables in one file, each under its title ({@link Table#sheetName()}): in CSV one after
     * another with a blank line between; in XLSX likewise, on one sheet of the given name.
     */
    public static Response download(List<Table> tables, String sheetName, String format, String baseName) {
        return download(format, baseName, out -> {
            if ("xlsx".equals(format)) {
                xlsx(tables, sheetName, out);
            } else {
                csv(tables, out);
            }
        });
    }

    private static Response download(String format, String baseName, StreamingOutput body) {
        boolean xlsx = "xlsx".equals(format);
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
        CSVPrinter printer = csvPrinter(out);
        csvRows(table, printer);
        printer.flush();
    }

    public static void csv(List<Table> tables, OutputStream out) throws IOException {
        CSVPrinter printer = csvPrinter(out);
        for (int t = 0; t < tables.size(); t++) {
            if (t > 0) {
                printer.println();
            }
            printer.printRecord(neutralise(tables.get(t).sheetName()));
            csvRows(tables.get(t), printer);
        }
        printer.flush();
    }

    private static CSVPrinter csvPrinter(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
    }

    private static void csvRows(Table table, CSVPrinter printer) throws IOException {
        printer.printRecord(table.header().stream().map(SheetExport::neutralise).toList());
        table.rows(cells -> printer.printRecord(cells.stream().map(SheetExport::neutralise).toList()));
    }

    public static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "TOKVS portal", "1.0");
        xlsxRows(table, workbook.newWorksheet(table.sheetName()), 0);
        workbook.finish();
    }

    public static void xlsx(List<Table> tables, String sheetName, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "TOKVS portal", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        int next = 0;
        for (Table table : tables) {
            sheet.value(next, 0, table.sheetName());
            sheet.style(next, 0).bold().fontSize(12).set();
            // a blank row between one table and the next title
            next = xlsxRows(table, sheet, next + 1) + 1;
        }
        workbook.finish();
    }

    /** Writes the header (bold) and rows from row {@code first}; returns the row after the last. */
    private static int xlsxRows(Table table, Worksheet sheet, int first) throws IOException {
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(first, c, header.get(c));
            sheet.style(first, c).bold().set();
        }
        int[] r = {first + 1};
        table.rows(cells -> {
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(r[0], c, cells.get(c));
            }
            if (++r[0] % 1000 == 0) {
                sheet.flush();
            }
        });
        return r[0];
    }
}
