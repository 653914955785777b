package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every chart of a dashboard page is filtered by, read from the URL so that a view can be bookmarked
 * and shared: the period, which date counts (the incident's or the claim's receipt), the grain of time, and
 * insurer, risk profile, specialty, incident type and severity.
 */
public record DashboardFilter(LocalDate from, LocalDate to, Basis basis, Grain grain, String insurer,
        String riskProfile, String specialty, String incidentType, String severity) {

    /** Which date places a claim in time. The two tell different stories; the page says which is shown. */
    public enum Basis {
        INCIDENT("incident_date"), RECEIVED("received_date");

        final String column;

        Basis(String column) {
            this.column = column;
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

    /** The page's default: the last three calendar years up to today, by incident date, per year. */
    public static DashboardFilter of(Function<String, String> param, LocalDate today) {
        return of(param, today, unreadable -> { });
    }

    /** As above, handing each date it cannot use (not a date, or outside what the register holds) to {@code unreadable}. */
    public static DashboardFilter of(Function<String, String> param, LocalDate today, Consumer<String> unreadable) {
        LocalDate from = date(param.apply("from"), unreadable);
        LocalDate to = date(param.apply("to"), unreadable);
        if (from == null) {
            from = LocalDate.of(today.getYear() - 2, 1, 1);
        }
        if (to == null || to.isBefore(from)) {
            to = today;
        }
        return new DashboardFilter(from, to, parse(Basis.class, param.apply("basis"), Basis.INCIDENT),
                parse(Grain.class, param.apply("grain"), Grain.YEAR), code(param.apply("insurer")),
                code(param.apply("riskProfile")), code(param.apply("specialty")), code(param.apply("incidentType")),
                code(param.apply("severity")));
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

    /** Codes are letters, digits and underscores; anything else is no filter. */
    private static String code(String value) {
        return value == null || !value.matches("[A-Za-z0-9_]{1,40}") ? null : value;
    }

    /** The filter as URL parameters, in a stable order. */
    public Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from.toString());
        params.put("to", to.toString());
        params.put("basis", basis.name());
        params.put("grain", grain.name());
        put(params, "insurer", insurer);
        put(params, "riskProfile", riskProfile);
        put(params, "specialty", specialty);
        put(params, "incidentType", incidentType);
        put(params, "severity", severity);
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    public String query() {
        return query(parameters());
    }

    static String query(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** The SQL condition over claim_fact {@code f} and its parameters, in order. */
    Condition condition() {
        StringBuilder where = new StringBuilder("f." + basis.column + " between ? and ?");
        List<Object> params = new ArrayList<>(List.of(from, to));
        equal(where, params, "insurer_code", insurer);
        equal(where, params, "risk_profile", riskProfile);
        equal(where, params, "specialty", specialty);
        equal(where, params, "incident_type", incidentType);
        equal(where, params, "severity", severity);
        return new Condition(where.toString(), params);
    }

    private static void equal(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" and f.").append(column).append(" = ?");
            params.add(value);
        }
    }

    /** A WHERE clause with positional parameters. */
    record Condition(String sql, List<Object> params) {
    }
}
