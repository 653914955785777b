package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.dashboard.DashboardQueries.Dimension;
import ee.tokvs.portal.dashboard.DashboardQueries.Line;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.i18n.UiTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
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
    ActingInsurer actingInsurer;

    /** The Terviseamet page's figures, in the order shown. */
    static final List<String> FIGURES = List.of("over_time", "by_incident_type", "by_severity", "by_specialty",
            "by_risk_profile", "by_insurer", "money", "recoveries", "rates", "compliance", "compliance_trend",
            "data_quality");

    /**
     * Every figure of the Terviseamet page, by id, in the order shown, and the outcomes line. The page's queries
     * run side by side on the dashboards' executor (each on a connection of its own, with the request's acting
     * insurer); the six count figures share one query.
     */
    public Page all(DashboardFilter filter, LocalDate today) {
        // decided here, once, before the tasks read it on their threads
        actingInsurer.tenant();
        CompletableFuture<Map<String, List<Line>>> counts = executor.supplyAsync(() -> queries.counts(filter));
        CompletableFuture<Map<String, List<Line>>> money = executor.supplyAsync(() -> queries.money(filter));
        CompletableFuture<List<Line>> rates = executor.supplyAsync(() -> queries.ratesByRiskProfile(filter));
        CompletableFuture<List<Line>> compliance = executor.supplyAsync(() -> queries.compliance(filter));
        CompletableFuture<List<Line>> trend = executor.supplyAsync(() -> queries.complianceTrend(filter));
        CompletableFuture<List<Line>> quality = executor.supplyAsync(() -> queries.dataQuality(filter, today));
        CompletableFuture<Line> outcomes = executor.supplyAsync(() -> queries.outcomes(filter));
        // wait for every query, so that none is left running once the request (and its context) has ended
        CompletableFuture.allOf(counts, money, rates, compliance, trend, quality, outcomes)
                .exceptionally(failure -> null).join();
        Sources sources = new Sources(() -> join(counts), () -> join(money), () -> join(rates),
                () -> join(compliance), () -> join(trend), () -> join(quality));
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String id : FIGURES) {
            figures.put(id, build(id, filter, sources));
        }
        return new Page(figures, join(outcomes));
    }

    /** The page's figures by id and how claims end. */
    public record Page(Map<String, Figure> figures, Line outcomes) {
    }

    /** One figure alone (an export), running only its own query; empty for an unknown id. */
    public Optional<Figure> one(String id, DashboardFilter filter, LocalDate today) {
        Sources sources = new Sources(() -> queries.counts(filter), () -> queries.money(filter),
                () -> queries.ratesByRiskProfile(filter),
                () -> queries.compliance(filter), () -> queries.complianceTrend(filter),
                () -> queries.dataQuality(filter, today));
        return FIGURES.contains(id) ? Optional.of(build(id, filter, sources)) : Optional.empty();
    }

    /** Where each figure's lines come from: run now, or already running. */
    private record Sources(Supplier<Map<String, List<Line>>> counts, Supplier<Map<String, List<Line>>> money,
            Supplier<List<Line>> rates, Supplier<List<Line>> compliance,
            Supplier<List<Line>> trend, Supplier<List<Line>> quality) {
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dashboard was computed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Figure build(String id, DashboardFilter filter, Sources sources) {
        return switch (id) {
            case "over_time" -> overTime(filter, sources.counts().get().get(DashboardQueries.OVER_TIME));
            case "by_incident_type" -> breakdown(filter, sources.counts().get(), Dimension.INCIDENT_TYPE, "incidentType",
                    CodeList.INCIDENT_TYPE);
            case "by_severity" -> breakdown(filter, sources.counts().get(), Dimension.SEVERITY, "severity",
                    CodeList.SEVERITY);
            case "by_specialty" -> breakdown(filter, sources.counts().get(), Dimension.SPECIALTY, "specialty",
                    CodeList.SPECIALTY);
            case "by_risk_profile" -> breakdown(filter, sources.counts().get(), Dimension.RISK_PROFILE, "riskProfile",
                    CodeList.RISK_PROFILE);
            case "by_insurer" -> breakdown(filter, sources.counts().get(), Dimension.INSURER, "insurer", null);
            case "money" -> figure(id, List.of("dash_col_paid", "dash_col_reserved", "dash_col_incurred"),
                    sources.money().get().get(DashboardQueries.DAMAGE), code -> label(CodeList.DAMAGE_TYPE, code),
                    code -> claims(filter, "damageType", code));
            case "recoveries" -> figure(id, List.of("dash_col_recovered", "dash_col_outstanding"),
                    sources.money().get().get(DashboardQueries.RECOVERY), code -> label(CodeList.RECOVERY_TYPE, code),
                    code -> claims(filter, "recoveryType", code));
            case "rates" -> figure(id, List.of("dash_col_provider_years", "dash_col_claims", "dash_col_rate"),
                    sources.rates().get(), code -> label(CodeList.RISK_PROFILE, code),
                    code -> claims(filter, "riskProfile", code));
            case "compliance" -> figure(id, COMPLIANCE_COLUMNS, sources.compliance().get(), this::insurerName,
                    code -> "/audit?late=true&insurer=" + code);
            case "compliance_trend" -> figure(id, COMPLIANCE_COLUMNS, sources.trend().get(), code -> code,
                    month -> {
                        LocalDate[] range = range(month, filter);
                        return "/audit?late=true&from=" + range[0] + "&to=" + range[1]
                                + (filter.insurer() == null ? "" : "&insurer=" + filter.insurer());
                    });
            case "data_quality" -> attention(filter, sources.quality().get(), true);
            default -> throw new IllegalArgumentException("no figure " + id);
        };
    }

    private static final List<String> COMPLIANCE_COLUMNS = List.of("dash_col_events", "dash_col_on_time",
            "dash_col_on_time_share");

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
        return figure("over_time", COUNT_COLUMNS, periods, code -> code, period -> {
            LocalDate[] range = range(period, filter);
            Map<String, String> params = claimList(filter, false);
            String prefix = filter.basis() == DashboardFilter.Basis.INCIDENT ? "incident" : "received";
            params.put(prefix + "From", range[0].toString());
            params.put(prefix + "To", range[1].toString());
            return "/claims?" + DashboardFilter.query(params);
        });
    }

    private Figure breakdown(DashboardFilter filter, Map<String, List<Line>> counts, Dimension dimension, String listParam,
            CodeList labels) {
        Function<String, String> label = labels == null ? this::insurerName : code -> label(labels, code);
        Function<String, String> drill = code -> code == null || code.isEmpty() ? null : claims(filter, listParam, code);
        return figure("by_" + dimension.name().toLowerCase(), COUNT_COLUMNS, counts.get(dimension.name()), label, drill);
    }

    private static Figure figure(String id, List<String> columns, List<Line> lines, Function<String, String> label,
            Function<String, String> drill) {
        List<Figure.Row> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(new Figure.Row(label.apply(line.code()), line.code(), line.values(), drill.apply(line.code())));
        }
        return new Figure(id, columns, rows);
    }

    /** The claim list of the page's filter narrowed by one more parameter. */
    private static String claims(DashboardFilter filter, String param, String value) {
        Map<String, String> params = claimList(filter, true);
        params.put(param, value);
        return "/claims?" + DashboardFilter.query(params);
    }

    /** The claim list's parameters for the page's filter; the date range in the list's own terms. */
    private static Map<String, String> claimList(DashboardFilter filter, boolean withPeriod) {
        Map<String, String> params = new LinkedHashMap<>();
        if (withPeriod) {
            String prefix = filter.basis() == DashboardFilter.Basis.INCIDENT ? "incident" : "received";
            params.put(prefix + "From", filter.from().toString());
            params.put(prefix + "To", filter.to().toString());
        }
        put(params, "insurer", filter.insurer());
        put(params, "riskProfile", filter.riskProfile());
        put(params, "specialty", filter.specialty());
        put(params, "incidentType", filter.incidentType());
        put(params, "severity", filter.severity());
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
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

    private String insurerName(String code) {
        return Insurer.findByRegistryCode(code).map(i -> i.name).orElse(code);
    }
}
