package ee.tokvs.portal.shared.db;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Many child rows read with their parent in one query: each packed as one text (its values joined by the unit
 * separator, which no code, date or number holds), aggregated into an array, and unpacked here.
 */
public final class PackedRows {

    private static final String SEPARATOR = "\u001f";

    private PackedRows() {
    }

    /** The SQL that packs one row's values (NULL packs as empty text). */
    public static String pack(String... values) {
        return "concat(" + String.join(", '" + SEPARATOR + "', ", values) + ")";
    }

    /** The packed rows of an aggregated array (none for NULL), each as its values in order. */
    public static List<String[]> unpack(Array array) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        if (array != null) {
            for (String text : (String[]) array.getArray()) {
                rows.add(text.split(SEPARATOR, -1));
            }
        }
        return rows;
    }
}
