package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One cell of a table that is both shown and downloaded: text, a number, a share in per cent, or a date. It holds
 * the value, not its look: a page shows it in the reader's language ({@link #shownIn}, in a template {@code {c.shown}}), a CSV
 * file writes it so the reader's spreadsheet reads it as a number, an XLSX file as a numeric cell with a format
 * ({@link SheetExport}).
 *
 * @param number for a number or a share, the value with as many decimals as it is shown with (its scale); a share
 *        in per cent (64.7 for 64.7 %)
 */
@TemplateData
public record Cell(Kind kind, String text, BigDecimal number, LocalDate date) {

    public enum Kind {
        TEXT, NUMBER, PERCENT, DATE
    }

    private static final Cell EMPTY = new Cell(Kind.TEXT, "", null, null);

    public static Cell text(String text) {
        return text == null ? EMPTY : new Cell(Kind.TEXT, text, null, null);
    }

    public static Cell empty() {
        return EMPTY;
    }

    /** A number shown with the decimals it has; an empty cell for none. */
    public static Cell number(BigDecimal value) {
        return value == null ? EMPTY : new Cell(Kind.NUMBER, null, value, null);
    }

    public static Cell count(long count) {
        return new Cell(Kind.NUMBER, null, BigDecimal.valueOf(count), null);
    }

    /** Euros to the cent; an empty cell for none. */
    public static Cell amount(BigDecimal amount) {
        return amount == null ? EMPTY : new Cell(Kind.NUMBER, null, amount.setScale(2, RoundingMode.HALF_UP), null);
    }

    /** A share in per cent (64.7 for 64.7 %), with the decimals it has; an empty cell for none. */
    public static Cell percent(BigDecimal perCent) {
        return perCent == null ? EMPTY : new Cell(Kind.PERCENT, null, perCent, null);
    }

    /** A date; an empty cell for none. */
    public static Cell date(LocalDate date) {
        return date == null ? EMPTY : new Cell(Kind.DATE, null, null, date);
    }

    /** Cells of text, one for each. */
    public static List<Cell> texts(List<String> texts) {
        return texts.stream().map(Cell::text).toList();
    }

    /** As a page shows it in the language: "1 234,50", "64,7 %", "01.02.2025"; the text as it is. */
    public String shownIn(Language language) {
        return switch (kind) {
            case TEXT -> text;
            case NUMBER -> Figures.number(number, language);
            case PERCENT -> Figures.percent(number, language);
            case DATE -> Figures.date(date);
        };
    }

    @Override
    public String toString() {
        return shownIn(Language.DEFAULT);
    }
}
