package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.dashboard.DashboardQueries.Dimension;
import ee.tokvs.portal.dashboard.DashboardQueries.Line;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.SpecialtyGroups;
import ee.tokvs.portal.reference.RegisterNames;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.i18n.UiTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.Function;

/**
 * Turns the queries' lines into the page's figures: categories labelled in the user's language, and for each
 * row the claim list behind it (the drill-down), with the page's filter carried along.
 */
@RequestScoped
public class Dashboards {

    static final List<String> COUNT_COLUMNS = List.of("dash_col_claims", "dash_col_insured", "dash_col_severity_v",
            "dash_col_severity_vi");

    @Inject
    DashboardQueries queries;

    @Inject
    CodeLists codeLists;

    @Inject
    UiLocale ui;

    @Inject
    UiTexts texts;

    @Inject
    DashboardExecutor executor;

    @Inject
    SpecialtyGroups specialtyGroups;

    @Inject
    RegisterNames names;

    /** The Terviseamet page's sections: each answers one kind of question, with its figures in the order shown. */
    public enum Section {
        TRENDS("over_time", "money_over_time", "compliance_trend"),
        BREAKDOWNS("by_specialty_group", "by_severity", "by_incident_type", "by_specialty", "by_risk_profile", "by_insurer",
                "rates"),
        MONEY("money", "recoveries"),
        OUTCOMES(),
        COMPLIANCE("compliance", "compliance_trend"),
        DATA_QUALITY("data_quality");

        public final List<String> figures;

        Section(String... figures) {
            this.figures = List.of(figures);
        }

        public String messageKey() {
            return "dash_section_" + name();
        }

        /** The section the URL names; the first where it names none or an unknown one. */
        public static Section of(String name) {
            for (Section section : values()) {
                if (section.name().equals(name)) {
                    return section;
                }
            }
            return TRENDS;
        }
    }

    /** Which query each figure's lines come from. */
    private static String sourceOf(String figure) {
        return switch (figure) {
            case "money", "recoveries" -> "money";
            case "rates" -> "rates";
            case "compliance" -> "compliance";
            case "compliance_trend" -> "trend";
            case "data_quality" -> "quality";
            case "over_time", "money_over_time" -> "overTime";
            default -> "breakdowns";
        };
    }

    /**
     * The key figures and one section of the Terviseamet page. Its queries run side by side on the dashboards'
     * executor (each on a connection of its own, with the request's acting insurer): the key figures, and each
     * query the section's figures need once.
     */
    public Page page(DashboardFilter filter, Section section, LocalDate today) {
        Map<String, Supplier<Object>> queries = queries(filter, today);
        Map<String, CompletableFuture<Object>> running = new LinkedHashMap<>();
        running.put("key", executor.supplyAsync(() -> this.queries.keyFigures(filter)));
        if (section == Section.OUTCOMES) {
            running.put("outcomes", executor.supplyAsync(() -> this.queries.outcomes(filter)));
        }
        section.figures.forEach(id -> running.computeIfAbsent(sourceOf(id), name -> executor.supplyAsync(queries.get(name))));
        // wait for every query, so that none is left running once the request (and its context) has ended
        CompletableFuture.allOf(running.values().toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        Map<String, Object> results = new HashMap<>();
        running.forEach((name, future) -> results.put(name, DashboardExecutor.join(future)));
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String id : section.figures) {
            figures.put(id, build(id, filter, results.get(sourceOf(id))));
        }
        @SuppressWarnings("unchecked")
        Map<String, Line> key = (Map<String, Line>) results.get("key");
        return new Page(section, KeyFigure.of(key, filter), figures, (Line) results.get("outcomes"),
                onlyInsurerApplies(filter));
    }

    /**
     * The key figures, the section shown, its figures by id, how claims end (the outcomes section only), and the
     * filters its medians leave out.
     */
    public record Page(Section section, List<KeyFigure> keyFigures, Map<String, Figure> figures, Line outcomes,
            List<String> mediansIgnore) {
    }

    private Map<String, Supplier<Object>> queries(DashboardFilter filter, LocalDate today) {
        return Map.of("overTime", () -> queries.overTime(filter), "breakdowns", () -> queries.byDimension(filter),
                "money", () -> queries.money(filter),
                "rates", () -> queries.ratesByRiskProfile(filter), "compliance", () -> queries.compliance(filter),
                "trend", () -> queries.complianceTrend(filter), "quality", () -> queries.dataQuality(filter, today));
    }

    /** One figure alone (an export), running only its own query; empty for an unknown id. */
    public Optional<Figure> one(String id, DashboardFilter filter, LocalDate today) {
        boolean known = java.util.Arrays.stream(Section.values()).anyMatch(s -> s.figures.contains(id));
        return known ? Optional.of(build(id, filter, queries(filter, today).get(sourceOf(id)).get())) : Optional.empty();
    }

    /** The filters a figure does not apply, of those set: submissions belong to an insurer and a day, nothing more. */
    private static List<String> ignored(String id, DashboardFilter filter) {
        return id.startsWith("compliance") ? onlyInsurerApplies(filter) : List.of();
    }

    /**
     * The message keys of the filters set other than the period and the insurers: what a figure counted by insurer and
     * day alone (submissions, the days-to-decision histograms) leaves out.
     */
    static List<String> onlyInsurerApplies(DashboardFilter filter) {
        return filter.dimensionsChosen().stream().map(name -> "dash_filter_" + name).toList();
    }

    @SuppressWarnings("unchecked")
    private Figure build(String id, DashboardFilter filter, Object lines) {
        Figure figure = switch (id) {
            case "over_time" -> overTime(filter, ((Map<String, List<Line>>) lines).get(DashboardQueries.OVER_TIME));
            case "by_incident_type" -> breakdown(filter, (Map<String, List<Line>>) lines, Dimension.INCIDENT_TYPE,
                    "incidentType", code -> label(CodeList.INCIDENT_TYPE, code));
            case "by_severity" -> breakdown(filter, (Map<String, List<Line>>) lines, Dimension.SEVERITY, "severity",
                    code -> label(CodeList.SEVERITY, code));
            case "by_specialty_group" -> breakdown(filter, (Map<String, List<Line>>) lines, Dimension.SPECIALTY_GROUP,
                    "specialtyGroup", this::groupName);
            case "by_specialty" -> breakdown(filter, (Map<String, List<Line>>) lines, Dimension.SPECIALTY, "specialty",
                    code -> label(CodeList.SPECIALTY, code));
            case "by_risk_profile" -> breakdown(filter, (Map<String, List<Line>>) lines, Dimension.RISK_PROFILE,
                    "riskProfile", code -> label(CodeList.RISK_PROFILE, code));
            case "by_insurer" -> breakdown(filter, (Map<String, List<Line>>) lines, Dimension.INSURER, "insurer",
                    names::insurer);
            case "money_over_time" -> figure(id, List.of("dash_col_paid", "dash_col_reserved", "dash_col_incurred"),
                    ((Map<String, List<Line>>) lines).get(DashboardQueries.OVER_TIME).stream()
                            .map(l -> new Line(l.code(), l.values().subList(4, 7))).toList(), code -> code, code -> null);
            case "money" -> figure(id, List.of("dash_col_paid", "dash_col_reserved", "dash_col_incurred"),
                    ((Map<String, List<Line>>) lines).get(DashboardQueries.DAMAGE), code -> label(CodeList.DAMAGE_TYPE, code),
                    code -> claims(filter, "damageType", code));
            case "recoveries" -> figure(id, List.of("dash_col_recovered", "dash_col_outstanding"),
                    ((Map<String, List<Line>>) lines).get(DashboardQueries.RECOVERY),
                    code -> label(CodeList.RECOVERY_TYPE, code), code -> claims(filter, "recoveryType", code));
            case "rates" -> figure(id, List.of("dash_col_provider_years", "dash_col_claims", "dash_col_rate"),
                    (List<Line>) lines, code -> label(CodeList.RISK_PROFILE, code),
                    code -> claims(filter, "riskProfile", code));
            case "compliance" -> figure(id, COMPLIANCE_COLUMNS, (List<Line>) lines, names::insurer,
                    code -> submissionLog(filter, filter.from(), filter.to(), List.of(code)));
            case "compliance_trend" -> figure(id, COMPLIANCE_COLUMNS, (List<Line>) lines, code -> code, month -> {
                LocalDate[] range = range(month, filter);
                return submissionLog(filter, range[0], range[1], filter.insurers());
            });
            case "data_quality" -> attention(filter, (List<Line>) lines, true);
            default -> throw new IllegalArgumentException("no figure " + id);
        };
        return figure.ignoring(ignored(id, filter));
    }

    /** The late submissions behind a compliance figure's row: the log narrowed to the days and insurers. */
    private static String submissionLog(DashboardFilter filter, LocalDate from, LocalDate to, List<String> insurers) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        params.add(Map.entry("late", "true"));
        params.add(Map.entry("from", from.toString()));
        params.add(Map.entry("to", to.toString()));
        insurers.forEach(code -> params.add(Map.entry("insurer", code)));
        return "/audit?" + DashboardFilter.query(params);
    }

    private static final List<String> COMPLIANCE_COLUMNS = List.of("dash_col_events", "dash_col_on_time",
            "dash_col_late", "dash_col_on_time_share");

    /** Records needing attention, each with the list behind it; Terviseamet's unknown-provider list for it alone. */
    public Figure attention(DashboardFilter filter, LocalDate today, boolean forTerviseamet) {
        return attention(filter, queries.dataQuality(filter, today), forTerviseamet);
    }

    private Figure attention(DashboardFilter filter, List<Line> lines, boolean forTerviseamet) {
        return figure("data_quality", List.of("dash_col_count"), lines,
                code -> texts.text("dash_attention_" + code, ui.language()),
                code -> !forTerviseamet && "UNKNOWN_POLICYHOLDER".equals(code) ? null : attentionList(filter, code));
    }

    private Figure overTime(DashboardFilter filter, List<Line> periods) {
        List<Line> counts = periods.stream().map(l -> new Line(l.code(), l.values().subList(0, 4))).toList();
        return figure("over_time", COUNT_COLUMNS, counts, code -> code, period -> {
            LocalDate[] range = range(period, filter);
            return "/claims?" + DashboardFilter.query(claimList(filter, null, range[0], range[1]));
        });
    }

    private Figure breakdown(DashboardFilter filter, Map<String, List<Line>> counts, Dimension dimension, String listParam,
            Function<String, String> label) {
        Function<String, String> drill = code -> code == null || code.isEmpty() ? null : claims(filter, listParam, code);
        return figure("by_" + dimension.name().toLowerCase(), COUNT_COLUMNS, counts.get(dimension.name()), label, drill);
    }

    private static Figure figure(String id, List<String> columns, List<Line> lines, Function<String, String> label,
            Function<String, String> drill) {
        List<Figure.Row> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(new Figure.Row(label.apply(line.code()), line.code(), line.values(), drill.apply(line.code())));
        }
        return new Figure(id, columns, rows, List.of());
    }

    /**
     * The claim list of the page's filter narrowed by one more parameter: a row's value stands for that filter's
     * values. A specialty group's row lists the whole group, which is its row only where no single specialties
     * outside the chosen groups narrow it (else it has no list).
     */
    private static String claims(DashboardFilter filter, String param, String value) {
        if (param.equals("specialtyGroup") && !filter.specialties().isEmpty() && !filter.has("specialtyGroup", value)) {
            return null;
        }
        return "/claims?" + DashboardFilter.query(claimList(filter, Map.entry(param, value), filter.from(), filter.to()));
    }

    /** The claim list's parameters for the page's filter, the date range in the list's own terms, one value replaced. */
    private static List<Map.Entry<String, String>> claimList(DashboardFilter filter, Map.Entry<String, String> narrowed,
            LocalDate from, LocalDate to) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        String prefix = filter.basis() == DashboardFilter.Basis.INCIDENT ? "incident" : "received";
        params.add(Map.entry(prefix + "From", from.toString()));
        params.add(Map.entry(prefix + "To", to.toString()));
        boolean specialtyNarrowed = narrowed != null && narrowed.getKey().startsWith("specialty");
        for (String name : DashboardFilter.MULTI) {
            if (narrowed != null && name.equals(narrowed.getKey())) {
                params.add(narrowed);
            } else if (!(specialtyNarrowed && name.startsWith("specialty"))) {
                filter.values(name).forEach(value -> params.add(Map.entry(name, value)));
            }
        }
        if (narrowed != null && !DashboardFilter.MULTI.contains(narrowed.getKey())) {
            params.add(narrowed);
        }
        return params;
    }

    private static String attentionList(DashboardFilter filter, String code) {
        if ("UNKNOWN_POLICYHOLDER".equals(code)) {
            return "/reference/providers/unknown";
        }
        return claims(filter, "attention", code);
    }

    /** A period's first and last day ("2025", "2025-Q2", "2025-03"), within the page's period. */
    static LocalDate[] range(String period, DashboardFilter filter) {
        LocalDate start;
        LocalDate end;
        if (period.contains("-Q")) {
            int year = Integer.parseInt(period.substring(0, 4));
            int quarter = Integer.parseInt(period.substring(6));
            start = LocalDate.of(year, quarter * 3 - 2, 1);
            end = start.plusMonths(3).minusDays(1);
        } else if (period.length() == 7) {
            YearMonth month = YearMonth.parse(period);
            start = month.atDay(1);
            end = month.atEndOfMonth();
        } else {
            int year = Integer.parseInt(period);
            start = LocalDate.of(year, 1, 1);
            end = LocalDate.of(year, 12, 31);
        }
        return new LocalDate[] {start.isBefore(filter.from()) ? filter.from() : start,
            end.isAfter(filter.to()) ? filter.to() : end};
    }

    private String label(CodeList list, String code) {
        if (code == null || code.isEmpty()) {
            return "—";
        }
        if (list == CodeList.RISK_PROFILE && "UNKNOWN".equals(code)) {
            return texts.text("dash_unknown_profile", ui.language());
        }
        return codeLists.label(list, code, ui.locale());
    }

    /** Specialty groups by name, read once per request. */
    private Map<String, String> groupNames;

    private String groupName(String code) {
        if (code == null || code.isEmpty()) {
            return "—";
        }
        if (groupNames == null) {
            groupNames = new HashMap<>();
            specialtyGroups.all().forEach(group -> groupNames.put(group.code(), group.label(ui.language())));
        }
        return groupNames.getOrDefault(code, code);
    }
}
