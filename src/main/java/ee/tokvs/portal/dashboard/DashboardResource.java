package ee.tokvs.portal.dashboard;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.SpecialtyGroups;
import ee.tokvs.portal.reference.RegisterNames;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.web.Cell;
import ee.tokvs.portal.shared.web.IgnoredInput;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import ee.tokvs.portal.shared.web.SheetExport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terviseamet's dashboard: patient-safety trends, money, rates against exposure, reporting compliance and
 * data quality, every figure filtered by the same URL parameters, drawn as a chart, shown as a table and
 * exportable as exactly those numbers.
 */
@Path("/dashboards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
@OneConnectionPages
public class DashboardResource {

    /** One figure ready for the page: its numbers, and its chart as JSON for ECharts. */
    public record Chart(Figure figure, String json) {
    }

    @CheckedTemplate(basePath = "dashboard")
    static class Templates {
        static native TemplateInstance terviseamet(DashboardFilter filter, Dashboards.Page page, List<Chart> charts,
                List<Dashboards.Section> sections, List<ChoiceGroup> choices);
    }

    @Inject
    Dashboards dashboards;

    @Inject
    CodeLists codeLists;

    @Inject
    UiLocale ui;

    @Inject
    UiTexts texts;

    @Inject
    Clock clock;

    @Inject
    IgnoredInput ignoredInput;

    @Inject
    FilterWords filterWords;

    @Inject
    SpecialtyGroups specialtyGroups;

    @Inject
    RegisterNames names;

    /** The key figures and one section ({@code section=TRENDS} …), filtered by the URL's parameters. */
    @GET
    public TemplateInstance page(@Context UriInfo uri) {
        DashboardFilter filter = filter(uri);
        Dashboards.Section section = Dashboards.Section.of(uri.getQueryParameters().getFirst("section"));
        List<Chart> charts = new ArrayList<>();
        Dashboards.Page page = dashboards.page(filter, section, Clocks.today(clock));
        for (Figure figure : page.figures().values()) {
            charts.add(new Chart(figure, chartJson(figure)));
        }
        return Templates.terviseamet(filter, page, charts, List.of(Dashboards.Section.values()), choices(filter));
    }

    /** A value a filter offers, and whether the page's filter has it. */
    public record Choice(String value, String label, boolean chosen) {
    }

    /** A filter of several values (its URL parameter), and what it offers, for the page's check boxes. */
    public record ChoiceGroup(String param, List<Choice> choices) {

        public long chosen() {
            return choices.stream().filter(Choice::chosen).count();
        }

        public String labelKey() {
            return "dash_filter_" + param;
        }
    }

    /** The several-valued filters in the form's order, each value labelled in the user's language. */
    private List<ChoiceGroup> choices(DashboardFilter filter) {
        Map<String, List<Choice>> offered = new LinkedHashMap<>();
        offered.put("specialtyGroup", specialtyGroups.all().stream()
                .map(g -> new Choice(g.code(), g.label(ui.language()), false)).toList());
        offered.put("severity", codes(CodeList.SEVERITY));
        offered.put("incidentType", codes(CodeList.INCIDENT_TYPE));
        offered.put("specialty", codes(CodeList.SPECIALTY));
        offered.put("insurer", names.insurers().stream()
                .map(i -> new Choice(i.registryCode(), i.name(), false)).toList());
        List<Choice> profiles = new ArrayList<>(codes(CodeList.RISK_PROFILE));
        profiles.add(new Choice("UNKNOWN", texts.text("dash_unknown_profile", ui.language()), false));
        offered.put("riskProfile", profiles);
        List<ChoiceGroup> groups = new ArrayList<>();
        offered.forEach((param, choices) -> groups.add(new ChoiceGroup(param, choices.stream()
                .map(c -> new Choice(c.value(), c.label(), filter.has(param, c.value()))).toList())));
        return groups;
    }

    private List<Choice> codes(CodeList list) {
        return codeLists.choices(list, null).stream()
                .map(e -> new Choice(e.code(), codeLists.label(list, e.code(), ui.locale()), false)).toList();
    }

    /**
     * A figure's numbers as shown in its table, as CSV or XLSX in the reader's language, under the filters they are
     * of ({@link FilterWords}).
     */
    @GET
    @Path("export/{figure}.{format: csv|xlsx}")
    public Response export(@PathParam("figure") String id, @PathParam("format") String format, @Context UriInfo uri) {
        DashboardFilter filter = filter(uri);
        Figure figure = dashboards.one(id, filter, Clocks.today(clock)).orElseThrow(NotFoundException::new);
        Language language = ui.language();
        List<String> header = new ArrayList<>();
        header.add(texts.text("dash_col_category", language));
        figure.columnKeys().forEach(key -> header.add(texts.text(key, language)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Figure.Row row : figure.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(row.label()));
            for (int c = 0; c < row.values().size(); c++) {
                BigDecimal value = row.values().get(c);
                value = value == null ? null : value.setScale(figure.decimals(c), RoundingMode.UNNECESSARY);
                cells.add(figure.isShare(c) ? Cell.percent(value) : Cell.number(value));
            }
            rows.add(cells);
        }
        SheetExport.Table table = SheetExport.Table.of(id, header, rows, filterWords.of(filter, language));
        return SheetExport.download(table, format, id + "-" + filter.from() + "-" + filter.to(), language);
    }

    private DashboardFilter filter(UriInfo uri) {
        var params = uri.getQueryParameters();
        return DashboardFilter.read(params::get, Clocks.today(clock), ignoredInput::add);
    }

    /** ECharts' input: categories, a series per measure the chart shows, and each bar's drill-down list. */
    private String chartJson(Figure figure) {
        JsonArrayBuilder categories = JSON.createArrayBuilder();
        JsonArrayBuilder drill = JSON.createArrayBuilder();
        for (Figure.Row row : figure.rows()) {
            categories.add(row.label());
            if (row.drill() == null) {
                drill.addNull();
            } else {
                drill.add(row.drill());
            }
        }
        JsonArrayBuilder series = JSON.createArrayBuilder();
        for (int c : charted(figure)) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (Figure.Row row : figure.rows()) {
                BigDecimal value = row.values().get(c);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            // a share is drawn and told in per cent ("64,7 %"); dashboards.js formats it so
            series.add(JSON.createObjectBuilder().add("name", texts.text(figure.columnKeys().get(c), ui.language()))
                    .add("percent", figure.isShare(c)).add("data", data));
        }
        // a share's axis spans the data's own range (a few points between insurers would vanish on 0–100)
        return JSON.createObjectBuilder().add("categories", categories).add("series", series).add("drill", drill)
                .add("zoom", figure.id().startsWith("compliance")).build().toString();
    }

    /** Which columns a chart draws: shares and rates alone where counts beside them would dwarf them. */
    private static List<Integer> charted(Figure figure) {
        return switch (figure.id()) {
            case "compliance", "compliance_trend" -> List.of(3);
            case "rates" -> List.of(2);
            case "data_quality" -> List.of(0);
            default -> java.util.stream.IntStream.range(0, figure.columnKeys().size()).boxed().toList();
        };
    }
}
