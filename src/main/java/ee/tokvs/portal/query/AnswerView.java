package ee.tokvs.portal.query;

import ee.tokvs.portal.shared.web.Cell;
import ee.tokvs.portal.shared.web.SheetExport;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * A §4 answer as its reader sees it, every text already worded in the reader's language and every figure a typed
 * {@link Cell} (a page shows it in the reader's language, a file as a number): the facts about what was asked, then
 * parts (contracts, claims by year, each year's breakdowns), each with its tables. The page, the print view and the
 * exports all show this one object, so a file holds exactly the tables on the page.
 *
 * @param facts the subject of the question: a table of two columns, shown as a list on the page
 * @param emptyText when the register holds nothing about the subject, what the page says instead of parts; else null
 */
@TemplateData
public record AnswerView(AnswerTable facts, String emptyText, List<Part> parts) {

    public AnswerView {
        parts = List.copyOf(parts);
    }

    /** A heading with the tables under it. */
    @TemplateData
    public record Part(String heading, List<AnswerTable> tables) {

        public Part {
            tables = List.copyOf(tables);
        }
    }

    /**
     * One table: its first {@code keyColumns} columns name a group, the others are figures; a total line under the rows
     * (null for none), and the words shown when there are no rows.
     */
    @TemplateData
    public record AnswerTable(String id, String title, List<String> header, int keyColumns, List<List<Cell>> rows,
            List<Cell> total, String none) {

        public AnswerTable {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        /** The table as a file writes it: its rows and total line, or the words for none. */
        SheetExport.Table sheet() {
            List<List<Cell>> lines = new ArrayList<>(rows);
            if (rows.isEmpty()) {
                lines.add(List.of(Cell.text(none)));
            } else if (total != null) {
                lines.add(total);
            }
            return SheetExport.Table.of(title, header, lines);
        }
    }

    /** Every table in the order the page shows them, the facts first. */
    public List<SheetExport.Table> sheets() {
        List<SheetExport.Table> sheets = new ArrayList<>();
        sheets.add(facts.sheet());
        parts.forEach(part -> part.tables().forEach(table -> sheets.add(table.sheet())));
        return sheets;
    }
}
