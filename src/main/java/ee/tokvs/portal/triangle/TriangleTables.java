package ee.tokvs.portal.triangle;

import ee.tokvs.portal.reference.RegisterNames;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.web.Cell;
import ee.tokvs.portal.shared.web.SheetExport;
import ee.tokvs.portal.triangle.Triangle.Measure;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The triangles as their reader sees them: every text in the reader's language, every figure a typed {@link Cell} (a
 * page shows it in the reader's language, "1 234 567,89" or "1,234,567.89"; a file writes it as a number). The page and
 * the files show these same tables.
 */
@RequestScoped
public class TriangleTables {

    /** One table: a caption, its header, its rows (the first cell of each names it) and a closing line (or null). */
    @TemplateData
    public record Table(String id, String caption, List<String> header, List<List<Cell>> rows, List<Cell> footer) {

        SheetExport.Table sheet(String title, List<List<String>> preface) {
            List<List<Cell>> lines = new ArrayList<>(rows);
            if (footer != null) {
                lines.add(footer);
            }
            return SheetExport.Table.of(title, header, lines, preface);
        }
    }

    /** One measure: its heading, its cumulative triangle with the implied ultimates, and its factors. */
    @TemplateData
    public record Part(String id, String heading, Table triangle, String factorsHeading, Table factors) {

        /** The triangle, then its factors: the page's order. */
        public List<Table> tables() {
            return List.of(triangle, factors);
        }
    }

    @Inject
    UiLocale ui;

    @Inject
    RegisterNames names;

    private TriangleMessages texts;

    /** The bundle in the reader's language: what the template shows as {@code triangle:…}. */
    TriangleMessages texts() {
        if (texts == null) {
            texts = MessageBundles.get(TriangleMessages.class, Localized.Literal.of(ui.lang()));
        }
        return texts;
    }

    /** The measures the filter shows, in its order. */
    public List<Part> of(TriangleFilter filter, Map<Measure, Triangle> triangles) {
        return filter.measures().stream().map(measure -> part(triangles.get(measure))).toList();
    }

    /** The filter in words ("As at the end of year", "31.12.2025" …) and the notes, written above a file's tables. */
    public List<List<String>> preface(TriangleFilter filter) {
        TriangleMessages t = texts();
        return List.of(List.of(t.triangle_year(), yearEnd(filter.asOf())),
                List.of(t.triangle_insurer(), insurer(filter)),
                List.of(t.triangle_measure(), measure(filter.measure())),
                List.of(t.triangle_note_label(), t.triangle_note_gross()),
                List.of(t.triangle_note_label(), t.triangle_note_indicator()),
                List.of(t.triangle_note_label(), t.triangle_note_cells()));
    }

    /** The page's line above the tables: as at when, of whom. */
    public String summary(TriangleFilter filter) {
        return texts().triangle_summary(yearEnd(filter.asOf()), insurer(filter));
    }

    /** The parts' tables as a file writes them, one after another, the filter and notes above the first. */
    public List<SheetExport.Table> sheets(TriangleFilter filter, List<Part> parts) {
        List<SheetExport.Table> sheets = new ArrayList<>();
        for (Part part : parts) {
            sheets.add(part.triangle().sheet(part.heading(), sheets.isEmpty() ? preface(filter) : List.of()));
            sheets.add(part.factors().sheet(part.factorsHeading(), List.of()));
        }
        return sheets;
    }

    private Part part(Triangle triangle) {
        TriangleMessages t = texts();
        String name = measure(triangle.measure());
        String date = yearEnd(triangle.asOf());
        String id = triangle.measure().name().toLowerCase(java.util.Locale.ROOT);

        List<String> header = new ArrayList<>(List.of(t.triangle_col_incident_year()));
        for (int d = 0; d < Triangle.YEARS; d++) {
            header.add(String.valueOf(d));
        }
        header.add(t.triangle_col_ultimate());
        List<List<Cell>> rows = new ArrayList<>();
        for (Triangle.Row row : triangle.rows()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(String.valueOf(row.incidentYear()))));
            row.values().forEach(value -> cells.add(Cell.number(value)));
            while (cells.size() <= Triangle.YEARS) {
                cells.add(Cell.empty());
            }
            cells.add(Cell.number(row.ultimate()));
            rows.add(cells);
        }
        Table cumulative = new Table("triangle-" + id, t.triangle_caption(name, date), header, rows, null);

        List<String> factorHeader = new ArrayList<>(List.of(t.triangle_col_incident_year()));
        for (int d = 0; d < Triangle.YEARS - 1; d++) {
            factorHeader.add(t.triangle_col_factor(d, d + 1));
        }
        List<List<Cell>> factorRows = new ArrayList<>();
        for (Triangle.Row row : triangle.rows().subList(0, triangle.rows().size() - 1)) {
            factorRows.add(factorLine(Cell.text(String.valueOf(row.incidentYear())), row.factors()));
        }
        Table factors = new Table("factors-" + id, t.triangle_factors_caption(name, date), factorHeader, factorRows,
                factorLine(Cell.text(t.triangle_weighted()), triangle.factors()));
        return new Part(id, name, cumulative, t.triangle_factors_title(name), factors);
    }

    /** A label and the factors from d = 0 on, an empty cell for none or beyond the diagonal. */
    private static List<Cell> factorLine(Cell label, List<BigDecimal> factors) {
        List<Cell> cells = new ArrayList<>(List.of(label));
        factors.forEach(factor -> cells.add(Cell.number(factor)));
        while (cells.size() < Triangle.YEARS) {
            cells.add(Cell.empty());
        }
        return cells;
    }

    private String measure(Measure measure) {
        TriangleMessages t = texts();
        if (measure == null) {
            return t.triangle_measure_ALL();
        }
        return switch (measure) {
            case PAID -> t.triangle_measure_PAID();
            case INCURRED -> t.triangle_measure_INCURRED();
            case REPORTED -> t.triangle_measure_REPORTED();
        };
    }

    private String insurer(TriangleFilter filter) {
        return filter.insurer() == null ? texts().triangle_all_insurers() : names.insurer(filter.insurer());
    }

    private static String yearEnd(int year) {
        return Figures.date(LocalDate.of(year, 12, 31));
    }
}
