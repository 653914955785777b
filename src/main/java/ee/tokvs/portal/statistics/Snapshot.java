package ee.tokvs.portal.statistics;

import ee.tokvs.portal.shared.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One published snapshot of the open statistics: when it was published, its tables as {@link Disclosure} left them,
 * and the names of their categories in both languages, so that showing it needs no database.
 */
public record Snapshot(long id, Instant publishedAt, List<Disclosure.Table> tables, Map<String, Label> labels) {

    /** The tables in the order the page shows them. */
    public static final List<String> TABLES = List.of("incident_year", "incident_type", "severity", "specialty_group",
            "damage_type");

    /** What a snapshot stores: all but its id and time, which are its row's. */
    public record Figures(List<Disclosure.Table> tables, Map<String, Label> labels) {
    }

    /** A category's name in Estonian and English. */
    public record Label(String et, String en) {
        public String in(Language language) {
            return language == Language.EN ? en : et;
        }
    }

    public Disclosure.Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }

    /** A row's category in the language: a year as it is, a code by its name. */
    public String label(String table, String key, Language language) {
        Label label = labels.get(table + ":" + key);
        return label == null ? key : label.in(language);
    }
}
