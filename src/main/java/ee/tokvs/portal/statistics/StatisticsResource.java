package ee.tokvs.portal.statistics;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import ee.tokvs.portal.statistics.Disclosure.Mark;
import ee.tokvs.portal.statistics.Disclosure.Measure;
import ee.tokvs.portal.statistics.Disclosure.Value;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The open statistics, for everyone and without a login: the page, and the same figures as CSV and JSON. Each is made
 * from the latest snapshot in memory ({@link PublishedStatistics}), never from the register, and carries an ETag of
 * the snapshot and language: a reader's browser or a cache in between asks again at most every minute, and hears
 * "not modified" until the next hour's snapshot. A signed-in reader's page shows who they are, so it is not cached.
 */
@Path("/statistika")
@OneConnectionPages
public class StatisticsResource {

    static final int MAX_AGE_SECONDS = 60;
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** A table as the page shows it, with its chart's input. */
    public record ShownTable(String id, String title, String dimension, List<String> columns, List<ShownRow> rows,
            ShownRow total, String chart) {
    }

    /** A row as shown: its category, and each value as text with its mark (SHOWN, UNDER_FIVE, HIDDEN, FEW). */
    public record ShownRow(String key, String label, List<ShownCell> cells) {
    }

    public record ShownCell(String text, String mark) {
    }

    @CheckedTemplate(basePath = "statistics")
    static class Templates {
        static native TemplateInstance statistics(String asOf, List<ShownTable> tables, List<Measure> measures);
    }

    @Inject
    PublishedStatistics statistics;

    @Inject
    StatisticsFiles files;

    @Inject
    UiLocale ui;

    @Inject
    SecurityIdentity identity;

    @GET
    public Response page(@Context Request request, @Context UriInfo uri) {
        Language language = ui.language();
        Optional<Snapshot> snapshot = statistics.latest();
        Supplier<String> render = () -> Templates.statistics(
                snapshot.map(s -> Figures.tallinn(s.publishedAt())).orElse(null),
                snapshot.map(s -> tables(s, language)).orElse(List.of()), List.of(Measure.values())).render();
        if (snapshot.isEmpty() || !identity.isAnonymous() || !uri.getQueryParameters().isEmpty()) {
            return Response.ok(render.get(), HTML).build();
        }
        // the same for every anonymous reader of a language until the next snapshot, so made once; a page with a query
        // string (which it notes as ignored input) or for a signed-in reader (whom it names) is made for that request
        byte[] page = statistics.made(snapshot.get(), "page:" + language.code,
                () -> render.get().getBytes(StandardCharsets.UTF_8));
        return cached(request, snapshot.get(), language, "page", () -> Response.ok(page, HTML));
    }

    /** The figures as open data: {@code statistika.csv} or {@code statistika.json}. */
    @GET
    @Path("statistika.{format: csv|json}")
    public Response download(@Context Request request, @PathParam("format") String format) {
        Language language = ui.language();
        Snapshot snapshot = statistics.latest().orElseThrow(jakarta.ws.rs.NotFoundException::new);
        byte[] body = statistics.made(snapshot, format + ":" + language.code,
                () -> format.equals("csv") ? files.csv(snapshot, language) : files.json(snapshot, language)
                        .getBytes(StandardCharsets.UTF_8));
        return cached(request, snapshot, language, format, () -> Response.ok(body,
                format.equals("csv") ? "text/csv; charset=UTF-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"tokvs-statistika-" + language.code + "."
                        + format + "\""));
    }

    /** A response for a snapshot: "not modified" if the reader has it, else made, with its tag and lifetime. */
    private static Response cached(Request request, Snapshot snapshot, Language language, String what,
            Supplier<Response.ResponseBuilder> make) {
        EntityTag tag = new EntityTag("s" + snapshot.id() + "-" + language.code + "-" + what);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : make.get();
        // "public": SecurityHeaders keeps a cache header that the resource declares public
        return response.tag(tag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).header("Vary", "Cookie")
                .build();
    }

    private List<ShownTable> tables(Snapshot snapshot, Language language) {
        List<ShownTable> tables = new ArrayList<>();
        for (Disclosure.Table table : snapshot.tables()) {
            List<ShownRow> rows = table.rows().stream().map(r -> row(snapshot, table, r, language)).toList();
            tables.add(new ShownTable(table.id(), files.text("stat_table_" + table.id(), language),
                    files.text("stat_dim_" + table.id(), language),
                    table.measures().stream().map(m -> files.text("stat_measure_" + m, language)).toList(), rows,
                    row(snapshot, table, table.total(), language), chart(table, rows, language)));
        }
        return tables;
    }

    private ShownRow row(Snapshot snapshot, Disclosure.Table table, Disclosure.Row row, Language language) {
        List<ShownCell> cells = new ArrayList<>();
        for (int i = 0; i < table.measures().size(); i++) {
            Value value = row.values().get(i);
            cells.add(new ShownCell(StatisticsFiles.shown(table.measures().get(i), value, language),
                    value.mark().name()));
        }
        return new ShownRow(row.key(), files.label(snapshot, table.id(), row.key(), language), cells);
    }

    /** The chart's input (charts.js): the counts of claims and insured events, or the money paid; none where hidden. */
    private String chart(Disclosure.Table table, List<ShownRow> rows, Language language) {
        JsonArrayBuilder categories = JSON.createArrayBuilder();
        rows.forEach(r -> categories.add(r.label()));
        JsonArrayBuilder series = JSON.createArrayBuilder();
        for (Measure measure : List.of(Measure.CLAIMS, Measure.INSURED, Measure.PAID)) {
            int column = table.measures().indexOf(measure);
            if (column < 0) {
                continue;
            }
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (Disclosure.Row row : table.rows()) {
                Value value = row.values().get(column);
                if (value.mark() == Mark.SHOWN) {
                    data.add(value.value());
                } else {
                    data.addNull();
                }
            }
            series.add(JSON.createObjectBuilder().add("name", files.text("stat_measure_" + measure, language))
                    .add("percent", false).add("data", data));
        }
        return JSON.createObjectBuilder().add("categories", categories).add("series", series).build().toString();
    }
}
