package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
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
 * Writes a table as CSV or XLSX in the reader's language; or several tables into one file, each under its title.
 * CSV is UTF-8 with a byte-order mark, as the reader's spreadsheet expects it: in Estonian semicolons and a decimal
 * comma, in English commas and a decimal point; numbers without thousands separators, so that they are read as
 * numbers. XLSX cells are typed: numbers and shares are numeric cells with a number format, dates date cells, text
 * typed text, which a spreadsheet never runs. In CSV, text that a spreadsheet would run as a formula is neutralised.
 */
public final class SheetExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DATE_FORMAT = "dd.mm.yyyy";

    /** A table to write: its sheet name, header and rows, and what it was made from, written above it. */
    public interface Table {
        /** Its sheet's name; in a file of several tables, the title above it. */
        String sheetName();

        List<String> header();

        /** Writes each row to the sink in turn, so a long table is never held whole. */
        void rows(RowSink sink) throws IOException;

        /**
         * Lines above the header, then a blank line: what the table was made from (a figure's filters), each a label
         * and a value in the reader's language. None by default.
         */
        default List<List<String>> preface() {
            return List.of();
        }

        /** A table already held whole. */
        static Table of(String sheetName, List<String> header, List<List<Cell>> rows) {
            return of(sheetName, header, rows, List.of());
        }

        /** A table already held whole, with the lines above it. */
        static Table of(String sheetName, List<String> header, List<List<Cell>> rows, List<List<String>> preface) {
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
                    for (List<Cell> row : rows) {
                        sink.row(row);
                    }
                }

                @Override
                public List<List<String>> preface() {
                    return preface;
                }
            };
        }
    }

    @FunctionalInterface
    public interface RowSink {
        void row(List<Cell> cells) throws IOException;
    }

    private SheetExport() {
    }

    /** A download of the table as CSV or XLSX ("csv" or "xlsx"), named {@code baseName} plus the extension. */
    public static Response download(Table table, String format, String baseName, Language language) {
        return download(format, baseName, out -> write(table, format, out, language));
    }

    /**
     * As {@link #download(Table, String, String, Language)}, but the file is made now, in the request (a table read
     * from the database as it is written needs the request's session and acting insurer), and sent when whole.
     */
    public static Response downloadNow(Table table, String format, String baseName, Language language)
            throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        write(table, format, made, language);
        return download(format, baseName, made::writeTo);
    }

    private static void write(Table table, String format, OutputStream out, Language language) throws IOException {
        if ("xlsx".equals(format)) {
            xlsx(table, out, language);
        } else {
            csv(table, out, language);
        }
    }

    /**
     * A download of several tables in one file, each under its title ({@link Table#sheetName()}): in CSV one after
     * another with a blank line between; in XLSX likewise, on one sheet of the given name.
     */
    public static Response download(List<Table> tables, String sheetName, String format, String baseName,
            Language language) {
        return download(format, baseName, out -> {
            if ("xlsx".equals(format)) {
                xlsx(tables, sheetName, out, language);
            } else {
                csv(tables, out, language);
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

    public static void csv(Table table, OutputStream out, Language language) throws IOException {
        CSVPrinter printer = csvPrinter(out, language);
        csvTable(table, printer, language);
        printer.flush();
    }

    public static void csv(List<Table> tables, OutputStream out, Language language) throws IOException {
        CSVPrinter printer = csvPrinter(out, language);
        for (int t = 0; t < tables.size(); t++) {
            if (t > 0) {
                printer.println();
            }
            printer.printRecord(neutralise(tables.get(t).sheetName()));
            csvTable(tables.get(t), printer, language);
        }
        printer.flush();
    }

    private static CSVPrinter csvPrinter(OutputStream out, Language language) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter(language)).get());
    }

    /** Where the decimal separator is a comma, a comma cannot also part the cells. */
    static char delimiter(Language language) {
        return language == Language.ET ? ';' : ',';
    }

    private static void csvTable(Table table, CSVPrinter printer, Language language) throws IOException {
        List<List<String>> preface = table.preface();
        for (List<String> line : preface) {
            printer.printRecord(line.stream().map(SheetExport::neutralise).toList());
        }
        if (!preface.isEmpty()) {
            printer.println();
        }
        printer.printRecord(table.header().stream().map(SheetExport::neutralise).toList());
        table.rows(cells -> printer.printRecord(cells.stream().map(cell -> csvCell(cell, language)).toList()));
    }

    private static String csvCell(Cell cell, Language language) {
        return switch (cell.kind()) {
            case TEXT -> neutralise(cell.text());
            // a number written here is ours, never a formula: "-200,00" stays a number
            case NUMBER, PERCENT -> Figures.plain(cell.number(), language);
            case DATE -> Figures.date(cell.date());
        };
    }

    public static void xlsx(Table table, OutputStream out, Language language) throws IOException {
        Workbook workbook = new Workbook(out, "TOKVS portal", "1.0");
        xlsxTable(table, workbook.newWorksheet(table.sheetName()), 0, language);
        workbook.finish();
    }

    public static void xlsx(List<Table> tables, String sheetName, OutputStream out, Language language)
            throws IOException {
        Workbook workbook = new Workbook(out, "TOKVS portal", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        int next = 0;
        for (Table table : tables) {
            sheet.value(next, 0, table.sheetName());
            sheet.style(next, 0).bold().fontSize(12).set();
            // a blank row between one table and the next title
            next = xlsxTable(table, sheet, next + 1, language) + 1;
        }
        workbook.finish();
    }

    /** Writes the preface, the header (bold) and the rows from row {@code first}; returns the row after the last. */
    private static int xlsxTable(Table table, Worksheet sheet, int first, Language language) throws IOException {
        int next = first;
        for (List<String> line : table.preface()) {
            for (int c = 0; c < line.size(); c++) {
                sheet.value(next, c, line.get(c));
            }
            sheet.style(next, 0).bold().set();
            next++;
        }
        if (!table.preface().isEmpty()) {
            next++;
        }
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(next, c, header.get(c));
            sheet.style(next, c).bold().set();
        }
        int[] r = {next + 1};
        table.rows(cells -> {
            for (int c = 0; c < cells.size(); c++) {
                xlsxCell(sheet, r[0], c, cells.get(c), language);
            }
            if (++r[0] % 1000 == 0) {
                sheet.flush();
            }
        });
        return r[0];
    }

    private static void xlsxCell(Worksheet sheet, int row, int column, Cell cell, Language language) {
        switch (cell.kind()) {
            case TEXT -> {
                if (!cell.text().isEmpty()) {
                    sheet.value(row, column, cell.text());
                }
            }
            case NUMBER -> {
                sheet.value(row, column, cell.number());
                sheet.style(row, column).format(numberFormat(cell.number().scale())).set();
            }
            case PERCENT -> {
                // a spreadsheet holds a share as a fraction and shows it in per cent
                sheet.value(row, column, cell.number().movePointLeft(2));
                sheet.style(row, column).format(percentFormat(cell.number().scale(), language)).set();
            }
            case DATE -> {
                sheet.value(row, column, cell.date());
                sheet.style(row, column).format(DATE_FORMAT).set();
            }
        }
    }

    /**
     * The number format of a number with {@code decimals} decimals. A format code is written with a comma for
     * grouping and a point for decimals whatever the language; the spreadsheet shows them as its reader's ("# ##0,00"
     * in Estonian).
     */
    static String numberFormat(int decimals) {
        return "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    }

    /** The format of a share with {@code decimals} decimals in per cent; Estonian puts a space before the sign. */
    static String percentFormat(int decimals, Language language) {
        return "0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + (language == Language.ET ? " %" : "%");
    }
}
