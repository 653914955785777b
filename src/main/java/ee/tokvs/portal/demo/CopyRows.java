package ee.tokvs.portal.demo;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Rows in PostgreSQL's COPY text format, gathered in memory and copied in one go. */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    long count;

    void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object f = fields[i];
            if (f == null) {
                text.append("\\N");
            } else if (f instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else {
                escape(f.toString());
            }
        }
        text.append('\n');
        count++;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    void copyInto(CopyManager copy, String sql) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            int slice = 1 << 16;
            for (int from = 0; from < text.length(); from += slice) {
                byte[] bytes = text.substring(from, Math.min(text.length(), from + slice)).getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        text.setLength(0);
    }
}
