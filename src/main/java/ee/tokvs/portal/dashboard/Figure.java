package ee.tokvs.portal.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart's numbers: a row per category (a period, a code, an insurer), a column per measure. The page
 * draws it as a chart and shows it as a table, and the export writes exactly these numbers.
 */
public record Figure(String id, List<String> columnKeys, List<Row> rows, List<String> ignoredKeys) {

    /** A category: what it is called on the page, its code, its numbers, and the list of claims behind it. */
    public record Row(String label, String code, List<BigDecimal> values, String drill) {
    }

    /** The same figure, saying which of the page's filters it does not apply (message keys of their names). */
    public Figure ignoring(List<String> filters) {
        return new Figure(id, columnKeys, rows, filters);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String titleKey() {
        return "dash_fig_" + id;
    }
}
