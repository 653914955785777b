package ee.tokvs.portal.upload;

import java.util.List;

/** One row of a file as text, numbered as the user sees it (the header is row 1). */
public record TableRow(int number, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
