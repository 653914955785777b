package ee.tokvs.portal.shared.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: streamed to a table, sent whenever the buffer fills,
 * so that a set of any size goes in at COPY's speed in constant memory; or gathered first and copied in one go
 * ({@link #gathering}, for a chunk whose table is decided later). Values are written as CSV: null as an empty field,
 * everything else quoted; a list of texts as an array literal.
 */
public final class CopyRows {

    private static final int SEND_AT = 1 << 20;

    private Connection connection;
    private String copy;
    private final StringBuilder buffer = new StringBuilder();
    private boolean rowStarted;
    private long count;

    /** Rows for {@code table (columns)}; the table and columns are the caller's own names, never user input. */
    public CopyRows(Connection connection, String table, String columns) {
        bind(connection, table, columns);
    }

    private CopyRows() {
    }

    /** Rows kept in memory until {@link #copyInto}. */
    public static CopyRows gathering() {
        return new CopyRows();
    }

    /** One whole row of gathered rows. */
    public void row(Object... values) {
        if (connection != null) {
            throw new IllegalStateException("a streamed COPY takes its rows with add and endRow");
        }
        for (Object value : values) {
            add(value);
        }
        buffer.append('\n');
        rowStarted = false;
        count++;
    }

    /** Copies the gathered rows into {@code table (columns)}, and goes on streaming there. */
    public void copyInto(Connection connection, String table, String columns) throws SQLException {
        bind(connection, table, columns);
        send();
    }

    private void bind(Connection connection, String table, String columns) {
        this.connection = connection;
        this.copy = "copy " + table + " (" + columns + ") from stdin (format csv)";
    }

    /** Adds one value to the current row. */
    public CopyRows add(Object value) {
        if (rowStarted) {
            buffer.append(',');
        }
        rowStarted = true;
        if (value == null) {
            return this;
        }
        String text;
        if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else if (value instanceof Boolean flag) {
            text = flag ? "t" : "f";
        } else if (value instanceof List<?> list) {
            text = arrayLiteral(list);
        } else {
            text = value.toString();
        }
        buffer.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                buffer.append('"');
            }
            buffer.append(c);
        }
        buffer.append('"');
        return this;
    }

    /** Ends the current row of a streamed COPY; sends the buffer when it is full. */
    public void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        count++;
        if (buffer.length() >= SEND_AT) {
            send();
        }
    }

    /** Sends what is buffered. */
    public void send() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(buffer.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }

    /** Rows added so far. */
    public long rows() {
        return count;
    }

    /** {a,b} with every element quoted, so that commas, braces and quotes in a text stay what they are. */
    private static String arrayLiteral(List<?> values) {
        StringBuilder out = new StringBuilder("{");
        for (Object value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (value == null) {
                out.append("NULL");
                continue;
            }
            out.append('"');
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }
}
