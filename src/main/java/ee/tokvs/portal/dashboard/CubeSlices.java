package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.dashboard.DashboardQueries.Dimension;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a figure's claims for a period come from: the whole months inside it from the monthly cube (V17) or its sums by
 * type or dimension (V20, V21), the days at either end that do not fill a month from the claims' summaries one by one;
 * or every day of it from the sums by day (V22), where the filter chooses no dimension but the severity. So every figure
 * is exact to the day and a page aggregates cells, not claims. Each source is SQL yielding one row per cell or claim
 * with the period's tag (a page may ask for two periods at once: this one and the previous), filtered by every
 * dimension of the filter.
 */
final class CubeSlices {

    /** A named period: "cur" or "prev" on the key figures, "cur" elsewhere. */
    record Slice(String tag, LocalDate from, LocalDate to) {

        /** The first day of the first whole month in the period. */
        LocalDate firstWholeMonth() {
            return from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        }

        /** The first day of the last whole month in the period. */
        LocalDate lastWholeMonth() {
            YearMonth month = YearMonth.from(to);
            return (to.equals(month.atEndOfMonth()) ? month : month.minusMonths(1)).atDay(1);
        }

        boolean hasWholeMonths() {
            return !firstWholeMonth().isAfter(lastWholeMonth());
        }

        /** The day ranges read claim by claim: before the first whole month and after the last, or all of it. */
        List<LocalDate[]> edges() {
            if (!hasWholeMonths()) {
                List<LocalDate[]> whole = new ArrayList<>();
                whole.add(new LocalDate[] {from, to});
                return whole;
            }
            List<LocalDate[]> edges = new ArrayList<>();
            if (from.isBefore(firstWholeMonth())) {
                edges.add(new LocalDate[] {from, firstWholeMonth().minusDays(1)});
            }
            LocalDate afterLast = lastWholeMonth().plusMonths(1);
            if (!to.isBefore(afterLast)) {
                edges.add(new LocalDate[] {afterLast, to});
            }
            return edges;
        }
    }

    static List<Slice> current(DashboardFilter filter) {
        return List.of(new Slice("cur", filter.from(), filter.to()));
    }

    static List<Slice> currentAndPrevious(DashboardFilter filter) {
        DashboardFilter previous = filter.previous();
        return List.of(new Slice("cur", filter.from(), filter.to()), new Slice("prev", previous.from(), previous.to()));
    }

    private CubeSlices() {
    }

    /**
     * Claims and their money: rows (tag, month, insurer_code, incident_type, severity, specialty, risk_profile,
     * claims, insured, decided, paid, reserved, open_without_reserve, finished_without_date, specifying, severity_v,
     * severity_vi), specialty '' where none; specifying counts the claims whose incident type or severity is still
     * being specified, severity_v and severity_vi those of the two most severe levels. A claim read one by one comes as
     * a row of its counts and, with {@code money}, a row per paid or reserved damage type (else paid and reserved are 0).
     */
    static String claims(DashboardFilter filter, List<Slice> slices, List<Object> params, boolean money) {
        return claims(null, filter, slices, params, money);
    }

    /**
     * {@link #claims}' rows for a figure that groups by one dimension at most ({@code groupedBy}, or null): where the
     * filter chooses one dimension at most, and it is the one grouped by if any, the whole months come from the cube's
     * sums by that dimension (V21), some thousands of rows rather than a hundred thousand cells, with '' in the other
     * dimensions' columns; where that dimension is the severity (or none is chosen or grouped by), the whole period
     * comes from the sums by day (V22).
     */
    static String claimsBy(Dimension groupedBy, DashboardFilter filter, List<Slice> slices, List<Object> params,
            boolean money) {
        Set<Dimension> chosen = chosenDimensions(filter);
        Dimension rollup = null;
        if (chosen.isEmpty()) {
            rollup = groupedBy == null ? Dimension.SEVERITY : groupedBy;
        } else if (chosen.size() == 1 && (groupedBy == null || chosen.contains(groupedBy))) {
            rollup = chosen.iterator().next();
        }
        return rollup == Dimension.SEVERITY ? byDay(filter, slices, params) : claims(rollup, filter, slices, params, money);
    }

    /**
     * {@link #claims}' rows from the sums by day and severity (V22): every day of each period as a range of rows, none
     * read claim by claim, the money always in them.
     */
    private static String byDay(DashboardFilter filter, List<Slice> slices, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (Slice slice : slices) {
            params.add(filter.basis().cube);
            params.add(slice.from());
            params.add(slice.to());
            parts.add("select '" + slice.tag() + "' as tag, date_trunc('month', c.day::timestamp)::date as month,"
                    + " c.insurer_code, ''::text as incident_type, c.severity, ''::text as specialty,"
                    + " ''::text as risk_profile, c.claims,"
                    + " c.insured, c.decided, c.paid, c.reserved, c.open_without_reserve, c.finished_without_date,"
                    + " c.specifying, case when c.severity = 'V' then c.claims else 0 end as severity_v,"
                    + " case when c.severity = 'VI' then c.claims else 0 end as severity_vi"
                    + " from dash_cube_day c where c.basis = ? and c.day between ? and ?"
                    + dimensions(filter, "''", params));
        }
        return String.join(" union all ", parts);
    }

    /** The dimensions the filter narrows (specialties and specialty groups are one). */
    static Set<Dimension> chosenDimensions(DashboardFilter filter) {
        Set<Dimension> chosen = EnumSet.noneOf(Dimension.class);
        for (String name : filter.dimensionsChosen()) {
            chosen.add(switch (name) {
                case "riskProfile" -> Dimension.RISK_PROFILE;
                case "specialty", "specialtyGroup" -> Dimension.SPECIALTY;
                case "incidentType" -> Dimension.INCIDENT_TYPE;
                case "severity" -> Dimension.SEVERITY;
                default -> throw new IllegalArgumentException("no dimension " + name);
            });
        }
        return chosen;
    }

    private static final List<Dimension> CELL_DIMENSIONS = List.of(Dimension.INCIDENT_TYPE, Dimension.SEVERITY,
            Dimension.SPECIALTY, Dimension.RISK_PROFILE);

    private static String claims(Dimension rollup, DashboardFilter filter, List<Slice> slices, List<Object> params,
            boolean money) {
        String columns = "c.month, c.insurer_code, c.incident_type, c.severity, c.specialty, c.risk_profile, c.claims,"
                + " c.insured, c.decided, c.paid, c.reserved, c.open_without_reserve, c.finished_without_date, ";
        Source cube;
        if (rollup == null) {
            cube = new Source(true, columns + "case when c.incident_type = 'BEING_SPECIFIED' or c.severity = 'PENDING'"
                    + " then c.claims else 0 end as specifying, case when c.severity = 'V' then c.claims else 0 end"
                    + " as severity_v, case when c.severity = 'VI' then c.claims else 0 end as severity_vi"
                    + " from dash_cube c", "");
        } else {
            // the dimension's rows under the cube's column names, so the filter reads them as it reads the cube
            StringBuilder rows = new StringBuilder("(select basis, month, insurer_code");
            for (Dimension dimension : CELL_DIMENSIONS) {
                rows.append(dimension == rollup ? ", category" : ", ''::text").append(" as ")
                        .append(dimension.name().toLowerCase(Locale.ROOT));
            }
            rows.append(", claims, insured, decided, paid, reserved, open_without_reserve, finished_without_date,"
                    + " specifying, severity_v, severity_vi from dash_cube_dim where dimension = '")
                    .append(rollup.name()).append("') c");
            cube = new Source(true, columns + "c.specifying, c.severity_v, c.severity_vi from " + rows, "");
        }
        String claimCells = "date_trunc('month', c." + filter.basis().column + "::timestamp)::date as month,"
                + " c.insurer_code, c.incident_type, c.severity, coalesce(c.specialty, '') as specialty,"
                + " c.risk_profile";
        List<Source> sources = new ArrayList<>(List.of(cube,
                new Source(false, claimCells + ", 1 as claims, (c.status = 'INSURED_EVENT')::int as insured,"
                        + " (c.status <> 'SUBMITTED')::int as decided, 0::numeric as paid, 0::numeric as reserved,"
                        + " (not c.handling_finished and not c.has_reserve)::int as open_without_reserve,"
                        + " (c.handling_finished and c.finished_date is null)::int as finished_without_date,"
                        + " (c.incident_type = 'BEING_SPECIFIED' or c.severity = 'PENDING')::int as specifying,"
                        + " (c.severity = 'V')::int as severity_v, (c.severity = 'VI')::int as severity_vi"
                        + " from dash_claim c", "")));
        if (money) {
            sources.add(new Source(false, claimCells + ", 0, 0, 0, case when c.measure = 'PAID' then c.amount else 0 end,"
                    + " case when c.measure = 'RESERVED' then c.amount else 0 end, 0, 0, 0, 0, 0 from dash_claim_money c",
                    " and c.measure in ('PAID', 'RESERVED')"));
        }
        return union(filter, slices, params, sources, true);
    }

    /**
     * Claims by every dimension at once, each claim once per dimension: rows (tag, dimension, category, insurer_code,
     * claims, insured, severity_v, severity_vi), the whole months from the cube's sums by dimension (V21). Only for a
     * filter that chooses nothing but insurers (the other dimensions are not in these rows).
     */
    static String byEveryDimension(DashboardFilter filter, List<Slice> slices, List<Object> params) {
        return union(filter, slices, params, List.of(
                new Source(true, "c.dimension, c.category, c.insurer_code, c.claims, c.insured, c.severity_v,"
                        + " c.severity_vi from dash_cube_dim c", ""),
                new Source(false, "x.dimension, x.category, c.insurer_code, 1, (c.status = 'INSURED_EVENT')::int,"
                        + " (c.severity = 'V')::int, (c.severity = 'VI')::int from dash_claim c cross join lateral"
                        + " (values ('INCIDENT_TYPE', c.incident_type), ('SEVERITY', c.severity),"
                        + " ('SPECIALTY', coalesce(c.specialty, '')), ('RISK_PROFILE', c.risk_profile)) x(dimension, category)",
                        "")), true);
    }

    /**
     * Money by measure and type: rows (tag, measure, type, amount, money_rows). A filter that chooses nothing but
     * insurers reads the cube's sums by type (V20), some thousands of rows where the full cube has hundreds of
     * thousands.
     */
    static String money(DashboardFilter filter, List<Slice> slices, List<Object> params) {
        boolean byTypeOnly = filter.dimensionsChosen().isEmpty();
        return union(filter, slices, params, List.of(
                new Source(true, "c.measure, c.type, c.amount, c.money_rows from "
                        + (byTypeOnly ? "dash_cube_money_type" : "dash_cube_money") + " c", ""),
                new Source(false, "c.measure, c.type, c.amount, 1 as money_rows from dash_claim_money c", "")), true);
    }

    /**
     * Days from receipt to the decision (D) and to the end of handling (F): rows (tag, measure, days, claims). The
     * histograms are kept by month and insurer only (V17), so these apply the period, the basis and the insurers.
     */
    static String days(DashboardFilter filter, List<Slice> slices, List<Object> params) {
        return union(filter, slices, params, List.of(
                new Source(true, "c.measure, c.days, c.claims from dash_cube_days c", ""),
                // both measures of a claim in one pass over the days at the ends
                new Source(false, "x.measure, x.days, 1 as claims from dash_claim c cross join lateral"
                        + " (values ('D', c.decided_on - c.received_date), ('F', c.finished_date - c.received_date))"
                        + " x(measure, days)", " and x.days is not null")), false);
    }

    /** A part of a source: the cube's whole months, or the claims of the days at the ends. */
    private record Source(boolean cube, String columnsFromTable, String condition) {
    }

    private static String union(DashboardFilter filter, List<Slice> slices, List<Object> params, List<Source> sources,
            boolean everyDimension) {
        List<String> parts = new ArrayList<>();
        for (Slice slice : slices) {
            for (Source source : sources) {
                if (source.cube() && slice.hasWholeMonths()) {
                    params.add(filter.basis().cube);
                    params.add(slice.firstWholeMonth());
                    params.add(slice.lastWholeMonth());
                    parts.add("select '" + slice.tag() + "' as tag, " + source.columnsFromTable()
                            + " where c.basis = ? and c.month between ? and ?" + source.condition()
                            + filters(filter, "c.specialty", params, everyDimension));
                }
                if (!source.cube()) {
                    for (LocalDate[] edge : slice.edges()) {
                        params.add(edge[0]);
                        params.add(edge[1]);
                        parts.add("select '" + slice.tag() + "' as tag, " + source.columnsFromTable() + " where c."
                                + filter.basis().column + " between ? and ?" + source.condition()
                                + filters(filter, "coalesce(c.specialty, '')", params, everyDimension));
                    }
                }
            }
        }
        return String.join(" union all ", parts);
    }

    private static String filters(DashboardFilter filter, String specialty, List<Object> params, boolean everyDimension) {
        if (everyDimension) {
            return dimensions(filter, specialty, params);
        }
        StringBuilder where = new StringBuilder();
        any(where, params, "c.insurer_code", filter.insurers());
        return where.toString();
    }

    /**
     * The filter's dimensions over alias {@code c}: each chosen list as "= any(…)"; specialties and specialty groups
     * together as one choice (a claim of a chosen specialty, or of a specialty in a chosen group).
     */
    static String dimensions(DashboardFilter filter, String specialty, List<Object> params) {
        StringBuilder where = new StringBuilder();
        any(where, params, "c.insurer_code", filter.insurers());
        any(where, params, "c.risk_profile", filter.riskProfiles());
        any(where, params, "c.incident_type", filter.incidentTypes());
        any(where, params, "c.severity", filter.severities());
        if (!filter.specialties().isEmpty() || !filter.specialtyGroups().isEmpty()) {
            where.append(" and (").append(specialty).append(" = any(?) or ").append(specialty)
                    .append(" in (select m.specialty from specialty_group_member m where m.group_code = any(?)))");
            params.add(filter.specialties().toArray(String[]::new));
            params.add(filter.specialtyGroups().toArray(String[]::new));
        }
        return where.toString();
    }

    private static void any(StringBuilder where, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.append(" and ").append(column).append(" = any(?)");
            params.add(values.toArray(String[]::new));
        }
    }
}
