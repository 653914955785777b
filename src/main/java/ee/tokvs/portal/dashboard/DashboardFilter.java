package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every figure of a dashboard page is filtered by, read from the URL so that a view can be bookmarked and
 * shared: the period (dates, or a quick period that moves with today), which date counts (the incident's or the
 * claim's receipt), the grain of time, and any number of insurers, risk profiles, specialties, specialty groups,
 * incident types and severities (several values of one filter are alternatives; different filters all apply).
 */
public record DashboardFilter(LocalDate from, LocalDate to, QuickPeriod period, Basis basis, Grain grain,
        List<String> insurers, List<String> riskProfiles, List<String> specialties, List<String> specialtyGroups,
        List<String> incidentTypes, List<String> severities) {

    /** Which date places a claim in time. The two tell different stories; the page says which is shown. */
    public enum Basis {
        INCIDENT("incident_date", "I"), RECEIVED("received_date", "R");

        final String column;
        /** The basis column's value in the monthly summaries (dash_cube). */
        final String cube;

        Basis(String column, String cube) {
            this.column = column;
            this.cube = cube;
        }

        public String messageKey() {
            return "dash_basis_" + name();
        }
    }

    public enum Grain {
        YEAR("year", "YYYY"), QUARTER("quarter", "YYYY-\"Q\"Q"), MONTH("month", "YYYY-MM");

        final String unit;
        final String label;

        Grain(String unit, String label) {
            this.unit = unit;
            this.label = label;
        }

        public String messageKey() {
            return "dash_grain_" + name();
        }
    }

    /** Periods an analyst asks for by name; a bookmark keeps the name, so it moves with today. */
    public enum QuickPeriod {
        LAST_12_MONTHS, LAST_YEAR, YEAR_TO_DATE;

        LocalDate from(LocalDate today) {
            return switch (this) {
                case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
                case LAST_YEAR -> LocalDate.of(today.getYear() - 1, 1, 1);
                case YEAR_TO_DATE -> LocalDate.of(today.getYear(), 1, 1);
            };
        }

        LocalDate to(LocalDate today) {
            return this == LAST_YEAR ? LocalDate.of(today.getYear() - 1, 12, 31) : today;
        }

        public String messageKey() {
            return "dash_period_" + name();
        }
    }

    /** The filters that take several values, by URL parameter, in the order the page shows them. */
    static final List<String> MULTI = List.of("insurer", "riskProfile", "specialtyGroup", "specialty", "incidentType",
            "severity");

    /** The page's default: the last three calendar years up to today, by incident date, per year. */
    public static DashboardFilter of(Function<String, String> param, LocalDate today) {
        return read(name -> param.apply(name) == null ? List.of() : List.of(param.apply(name)), today, unreadable -> { });
    }

    /**
     * The filter of a URL's parameters (every value of each), handing each date it cannot use (not a date, or
     * outside what the register holds) to {@code unreadable}. A quick period wins over typed dates.
     */
    public static DashboardFilter read(Function<String, List<String>> params, LocalDate today, Consumer<String> unreadable) {
        Function<String, String> first = name -> {
            List<String> values = params.apply(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        };
        QuickPeriod period = parse(QuickPeriod.class, first.apply("period"), null);
        LocalDate from;
        LocalDate to;
        if (period != null) {
            from = period.from(today);
            to = period.to(today);
        } else {
            from = date(first.apply("from"), unreadable);
            to = date(first.apply("to"), unreadable);
            if (from == null) {
                from = LocalDate.of(today.getYear() - 2, 1, 1);
            }
            if (to == null || to.isBefore(from)) {
                to = today;
            }
        }
        Function<String, List<String>> codes = name -> codes(params.apply(name));
        return new DashboardFilter(from, to, period, parse(Basis.class, first.apply("basis"), Basis.INCIDENT),
                parse(Grain.class, first.apply("grain"), Grain.YEAR), codes.apply("insurer"), codes.apply("riskProfile"),
                codes.apply("specialty"), codes.apply("specialtyGroup"), codes.apply("incidentType"),
                codes.apply("severity"));
    }

    private static LocalDate date(String raw, Consumer<String> unreadable) {
        Findings findings = new Findings();
        LocalDate date = Fields.date(findings, "date", raw, false);
        if (findings.hasErrors()) {
            unreadable.accept(raw);
        }
        return date;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return fallback;
    }

    /** Codes are letters, digits and underscores; anything else is no filter. Each value once, in the URL's order. */
    private static List<String> codes(List<String> values) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && value.matches("[A-Za-z0-9_]{1,40}")) {
                    codes.add(value);
                }
            }
        }
        return List.copyOf(codes);
    }

    /** The values of one of the {@link #MULTI} filters. */
    public List<String> values(String param) {
        return switch (param) {
            case "insurer" -> insurers;
            case "riskProfile" -> riskProfiles;
            case "specialtyGroup" -> specialtyGroups;
            case "specialty" -> specialties;
            case "incidentType" -> incidentTypes;
            case "severity" -> severities;
            default -> throw new IllegalArgumentException("no filter " + param);
        };
    }

    /** The {@link #MULTI} filters other than the insurers that choose something: the dimensions the filter narrows. */
    public List<String> dimensionsChosen() {
        return MULTI.stream().filter(name -> !name.equals("insurer") && !values(name).isEmpty()).toList();
    }

    /** Whether the value is chosen in the filter named {@code param} (for the page's check boxes and options). */
    public boolean has(String param, String value) {
        return values(param).contains(value);
    }

    /** The same length of time just before this period, for "change against the previous period". */
    public DashboardFilter previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new DashboardFilter(from.minusDays(days), from.minusDays(1), null, basis, grain, insurers, riskProfiles,
                specialties, specialtyGroups, incidentTypes, severities);
    }

    /** The filter as URL parameters, in a stable order, each value of a multi-valued filter once. */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (period != null) {
            params.add(Map.entry("period", period.name()));
        } else {
            params.add(Map.entry("from", from.toString()));
            params.add(Map.entry("to", to.toString()));
        }
        params.add(Map.entry("basis", basis.name()));
        params.add(Map.entry("grain", grain.name()));
        for (String name : MULTI) {
            values(name).forEach(value -> params.add(Map.entry(name, value)));
        }
        return params;
    }

    public String query() {
        return query(parameters());
    }

    static String query(List<Map.Entry<String, String>> params) {
        List<String> parts = new ArrayList<>();
        params.forEach(p -> parts.add(p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** The quick periods, for the page's choice. */
    public List<QuickPeriod> quickPeriods() {
        return List.of(QuickPeriod.values());
    }
}
