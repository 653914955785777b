package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.db.CopyRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * What every {@link FileImport} does alike with a file's rows: stages them in a temporary table by COPY, and reads
 * them back through a cursor in fetches, record number by record number.
 */
final class StagedRows {

    /** Rows fetched at a time: what the judging holds of the file besides one record. */
    static final int FETCH = 2_000;

    /** The staged columns of one row (after its number), and whether the row can be read at all. */
    interface Stager {
        boolean stage(TableRow row, CopyRows columns);
    }

    /** One staged row, and whether it is the first of its record number. */
    interface RowHandler {
        void row(ResultSet rs, boolean firstOfNumber) throws SQLException;
    }

    private StagedRows() {
    }

    /**
     * Stages the rows after the header into {@code table (row_no, columns…, cells)}; returns whether every row could be
     * read. A file that cannot be read further is reported as such and stops there.
     */
    static boolean stage(Connection connection, TableReader table, String stagingTable, String columns, ProblemSink sink,
            Stager stager) throws SQLException {
        CopyRows rows = new CopyRows(connection, stagingTable, "row_no, " + columns + ", cells");
        boolean readable = true;
        try {
            table.next();
            for (TableRow read = table.next(); read != null; read = table.next()) {
                TableRow row = read.storable();
                rows.add(row.number());
                readable &= stager.stage(row, rows);
                rows.add(row.cells()).endRow();
            }
        } catch (UploadFileException e) {
            sink.file(e.finding());
        } finally {
            rows.send();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + stagingTable);
        }
        return readable;
    }

    /** Reads a cursor declared as {@code upload_rows}, telling each row whether its {@code numberColumn} starts anew. */
    static void byNumber(Connection connection, String declareCursor, String numberColumn, RowHandler handler)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(declareCursor);
            String number = null;
            boolean any = false;
            for (boolean more = true; more;) {
                more = false;
                try (ResultSet rs = statement.executeQuery("fetch forward " + FETCH + " from upload_rows")) {
                    while (rs.next()) {
                        more = true;
                        String rowNumber = rs.getString(numberColumn);
                        // A row without a number is a record of its own (the rules refuse it).
                        boolean first = !any || rowNumber == null || !rowNumber.equals(number);
                        any = true;
                        number = rowNumber;
                        handler.row(rs, first);
                    }
                }
            }
            statement.execute("close upload_rows");
        }
    }

    /** The staged row as the file had it. */
    static TableRow row(ResultSet rs) throws SQLException {
        return new TableRow(rs.getInt("row_no"), Arrays.asList((String[]) rs.getArray("cells").getArray()));
    }
}
