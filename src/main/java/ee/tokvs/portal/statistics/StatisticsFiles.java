package ee.tokvs.portal.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.web.Cell;
import ee.tokvs.portal.shared.web.SheetExport;
import ee.tokvs.portal.statistics.Disclosure.Mark;
import ee.tokvs.portal.statistics.Disclosure.Measure;
import ee.tokvs.portal.statistics.Disclosure.Value;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open statistics as open data: one CSV (a row per table, category and measure, in the reader's spreadsheet
 * convention, the publication time, licence and dictionary above it) and one JSON document (each table's rows with
 * a field per measure, the data dictionary and the licence). A withheld value is empty (CSV) or null (JSON), with its
 * mark beside it: "&lt;5", "x" or "–".
 */
@ApplicationScoped
public class StatisticsFiles {

    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String DICTIONARY_PATH = "/statistika#sonastik";

    /** The JSON fields of the measures, as a consumer of the data reads them. */
    static final Map<Measure, String> FIELDS = Map.of(Measure.CLAIMS, "claims", Measure.DECIDED, "decided",
            Measure.INSURED, "insuredEvents", Measure.SHARE_INSURED, "insuredShareOfDecidedPercent",
            Measure.MEDIAN_DAYS, "medianDaysToDecision", Measure.PAID_CLAIMS, "claimsPaid", Measure.PAID, "paidEuros");

    @Inject
    UiTexts texts;

    @Inject
    ObjectMapper json;

    public String text(String key, Language language) {
        return texts.text(key, language);
    }

    /** A row's category in the language; the claims without a specialty group by the page's own words. */
    public String label(Snapshot snapshot, String table, String key, Language language) {
        if (table.equals("specialty_group") && key.equals(StatisticsPublisher.NO_GROUP)) {
            return text("stat_group_none", language);
        }
        return snapshot.label(table, key, language);
    }

    /** A value as the page shows it: the number in the reader's format, or its mark. */
    static String shown(Measure measure, Value value, Language language) {
        return switch (value.mark()) {
            case SHOWN -> measure == Measure.SHARE_INSURED ? Figures.percent(value.value(), language)
                    : Figures.number(value.value(), language);
            default -> mark(value.mark());
        };
    }

    static String mark(Mark mark) {
        return switch (mark) {
            case SHOWN -> "";
            case UNDER_FIVE -> "<5";
            case HIDDEN -> "x";
            case FEW -> "–";
        };
    }

    public byte[] csv(Snapshot snapshot, Language language) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Disclosure.Table table : snapshot.tables()) {
            String title = text("stat_table_" + table.id(), language);
            List<Disclosure.Row> all = new ArrayList<>(table.rows());
            all.add(table.total());
            for (Disclosure.Row row : all) {
                String label = row == table.total() ? text("stat_total", language)
                        : label(snapshot, table.id(), row.key(), language);
                for (int i = 0; i < table.measures().size(); i++) {
                    Measure measure = table.measures().get(i);
                    Value value = row.values().get(i);
                    rows.add(List.of(Cell.text(title), Cell.text(row.key()), Cell.text(label),
                            Cell.text(text("stat_measure_" + measure, language)),
                            value.mark() == Mark.SHOWN ? Cell.number(value.value()) : Cell.empty(),
                            Cell.text(mark(value.mark()))));
                }
            }
        }
        List<String> header = List.of(text("stat_csv_table", language), text("stat_csv_category_code", language),
                text("stat_csv_category", language), text("stat_csv_measure", language),
                text("stat_csv_value", language), text("stat_csv_mark", language));
        List<List<String>> preface = List.of(List.of(text("stat_title", language)),
                List.of(text("stat_csv_published", language), Figures.tallinn(snapshot.publishedAt())),
                List.of(text("stat_licence", language), LICENCE_URL),
                List.of(text("stat_csv_dictionary", language), DICTIONARY_PATH), List.of(text("stat_dict_marks", language)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SheetExport.csv(SheetExport.Table.of(text("stat_title", language), header, rows, preface), out, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String json(Snapshot snapshot, Language language) {
        ObjectNode root = json.createObjectNode();
        root.put("title", text("stat_title", language));
        root.put("publishedAt", snapshot.publishedAt().toString());
        root.put("licence", "CC-BY-4.0");
        root.put("licenceUrl", LICENCE_URL);
        root.put("licenceText", text("stat_licence", language));
        ObjectNode dictionary = root.putObject("dictionary");
        for (Measure measure : Measure.values()) {
            dictionary.put(FIELDS.get(measure), text("stat_dict_" + measure, language));
        }
        dictionary.put("marks", text("stat_dict_marks", language));
        ArrayNode tables = root.putArray("tables");
        for (Disclosure.Table table : snapshot.tables()) {
            ObjectNode node = tables.addObject();
            node.put("id", table.id());
            node.put("title", text("stat_table_" + table.id(), language));
            node.put("dimension", text("stat_dim_" + table.id(), language));
            ArrayNode rows = node.putArray("rows");
            table.rows().forEach(r -> row(rows.addObject(), table, r, label(snapshot, table.id(), r.key(), language)));
            row(node.putObject("total"), table, table.total(), text("stat_total", language));
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void row(ObjectNode node, Disclosure.Table table, Disclosure.Row row, String label) {
        node.put("code", row.key());
        node.put("label", label);
        Map<String, String> marks = new LinkedHashMap<>();
        for (int i = 0; i < table.measures().size(); i++) {
            String field = FIELDS.get(table.measures().get(i));
            Value value = row.values().get(i);
            if (value.mark() == Mark.SHOWN) {
                node.put(field, value.value());
            } else {
                node.putNull(field);
                marks.put(field, mark(value.mark()));
            }
        }
        if (!marks.isEmpty()) {
            ObjectNode withheld = node.putObject("marks");
            marks.forEach(withheld::put);
        }
    }
}
