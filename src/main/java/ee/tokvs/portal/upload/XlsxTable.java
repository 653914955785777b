package ee.tokvs.portal.upload;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX file: the sheet named for the kind (e.g. "nõuded" or "claims"), else the first. Cells become the
 * text a user would have typed: dates as ISO dates, numbers in plain notation, true/false as such.
 */
final class XlsxTable implements TableReader {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int lastRow;

    private XlsxTable(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static XlsxTable open(Path file, UploadKind kind) throws UploadFileException {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            Sheet sheet = workbook.getSheets()
                    .filter(s -> UploadColumn.normalise(s.getName()).equals(UploadColumn.normalise(kind.sheetEstonian))
                            || UploadColumn.normalise(s.getName()).equals(UploadColumn.normalise(kind.sheetEnglish)))
                    .findFirst()
                    .orElse(workbook.getFirstSheet());
            return new XlsxTable(workbook, sheet.openStream());
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw new UploadFileException(UploadRules.FILE_BAD_XLSX);
        }
    }

    @Override
    public TableRow next() throws UploadFileException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                lastRow = row.getRowNum();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                TableRow table = new TableRow(row.getRowNum(), cells);
                if (!table.isBlank()) {
                    return table;
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new UploadFileException(UploadRules.FILE_BAD_XLSX_ROW, lastRow + 1);
        }
    }

    /** The cell as text; a number formatted as a date becomes an ISO date. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())
                    ? cell.asDate().toLocalDate().toString()
                    : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString();
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case ERROR -> cell.getRawValue() == null ? "#ERROR" : cell.getRawValue();
            default -> "";
        };
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** Excel's built-in date formats, or a custom one that shows days or years. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 17) || id == 22)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return bare.contains("d") || bare.contains("y");
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Already failing; the file is refused either way.
            }
        }
    }
}
