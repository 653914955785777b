package ee.tokvs.portal.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

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

    /**
     * Whether a column is a share in per cent (the on-time share), shown with a per cent sign; a rate (claims per
     * 1,000 years) is a plain number.
     */
    public boolean isShare(int column) {
        return columnKeys.get(column).contains("share");
    }

    /**
     * How many decimals a column is written with: as many as its most precise value has, so that a column of euros
     * reads 0,00 beside 20 000,00 although the database counts nothing as 0.
     */
    public int decimals(int column) {
        return rows.stream().map(row -> row.values().get(column)).filter(Objects::nonNull)
                .mapToInt(value -> Math.max(value.scale(), 0)).max().orElse(0);
    }

    public String titleKey() {
        return "dash_fig_" + id;
    }
}
