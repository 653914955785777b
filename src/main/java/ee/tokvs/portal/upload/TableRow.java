package ee.tokvs.portal.upload;

import java.util.List;

/** One row of a file as text, numbered as the user sees it (the header is row 1). */
public record TableRow(int number, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /**
     * The row as PostgreSQL can keep it: it stores no NUL character, which a text file may hold past the sample its
     * reader checked. Another control character stands in, which the rules refuse at its field alike.
     */
    public TableRow storable() {
        if (cells.stream().noneMatch(c -> c != null && c.indexOf('\u0000') >= 0)) {
            return this;
        }
        return new TableRow(number, cells.stream().map(c -> c == null ? null : c.replace('\u0000', '\u0001')).toList());
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
