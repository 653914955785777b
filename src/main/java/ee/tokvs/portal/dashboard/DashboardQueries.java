package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.claim.ClaimMoney;
import ee.tokvs.portal.claim.ClaimSearch.Attention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards' aggregates, computed in PostgreSQL over the monthly cube and, for the days of a period that do not
 * fill a month, the claims' summaries ({@link CubeSlices}): GROUP BY, FILTER, histograms; never by loading rows into
 * Java. Connections come from the main pool, so the row-level security of the request's acting insurer applies:
 * Terviseamet sees all, an insurer its own.
 */
@ApplicationScoped
public class DashboardQueries {

    /** One row of a result: its category code and its numbers. */
    public record Line(String code, List<BigDecimal> values) {
    }

    /** What a breakdown groups claims by. */
    public enum Dimension {
        INCIDENT_TYPE, SEVERITY, SPECIALTY_GROUP, SPECIALTY, RISK_PROFILE, INSURER
    }

    /** Submissions, those on time, those late, and the on-time share in per cent, from the per-day counts {@code e}. */
    private static final String ON_TIME = "sum(e.events), sum(e.on_time), sum(e.events) - sum(e.on_time),"
            + " round(100.0 * sum(e.on_time) / sum(e.events), 1)";

    @Inject
    DashboardReads reads;

    /**
     * The key figures of this period and the previous one of the same length, by tag ("cur", "prev"): claims,
     * insured events, serious events (severity V or VI), paid, incurred (paid and the latest reserves), and the
     * on-time share of submissions.
     */
    public Map<String, Line> keyFigures(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        List<CubeSlices.Slice> slices = CubeSlices.currentAndPrevious(filter);
        String claims = CubeSlices.claimsBy(null, filter, slices, params, true);
        StringBuilder events = new StringBuilder();
        for (CubeSlices.Slice slice : slices) {
            events.append(events.isEmpty() ? "" : " union all ").append("select '").append(slice.tag())
                    .append("' as tag, e.events, e.on_time from dash_submission_day e where ")
                    .append(events(slice.from(), slice.to(), filter, params));
        }
        Map<String, Line> byTag = new HashMap<>();
        for (Line line : lines("with k as (select tag, sum(claims) as claims, sum(insured) as insured,"
                + "   sum(severity_v) + sum(severity_vi) as serious, sum(paid) as paid,"
                + "   sum(paid) + sum(reserved) as incurred from (" + claims + ") s group by 1),"
                + " e as (select tag, round(100.0 * sum(on_time) / nullif(sum(events), 0), 1) as share,"
                + "   sum(events) - sum(on_time) as late from (" + events + ") s group by 1)"
                + " select t.tag, coalesce(k.claims, 0), coalesce(k.insured, 0), coalesce(k.serious, 0),"
                + " coalesce(k.paid, 0), coalesce(k.incurred, 0), e.share, coalesce(e.late, 0)"
                + " from (values ('cur'), ('prev')) t(tag) left join k using (tag) left join e using (tag)", params)) {
            byTag.put(line.code(), line);
        }
        return byTag;
    }

    /**
     * Claims, insured events and the two most severe levels per period and per category of every dimension, and per
     * period the money paid, reserved and incurred, in one pass over the cells (GROUPING SETS): the breakdowns cost
     * one scan, not seven. Periods come oldest first; categories largest first.
     */
    public Map<String, List<Line>> counts(DashboardFilter filter) {
        return counts(filter, true, true);
    }

    /** {@link #counts}' periods alone (the trends section's): one grouping of the cells by month, no breakdowns. */
    public Map<String, List<Line>> overTime(DashboardFilter filter) {
        return counts(filter, true, false);
    }

    /** {@link #counts}' categories alone (the breakdowns section's), without the periods. */
    public Map<String, List<Line>> byDimension(DashboardFilter filter) {
        return filter.dimensionsChosen().isEmpty() ? byEveryDimension(filter) : counts(filter, false, true);
    }

    /**
     * {@link #byDimension} where the filter chooses nothing but insurers: from the cube's sums by dimension (V21),
     * each dimension's categories straight from its rows, the specialty groups from the specialties', the insurers from
     * the severities'.
     */
    private Map<String, List<Line>> byEveryDimension(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        String source = CubeSlices.byEveryDimension(filter, CubeSlices.current(filter), params);
        String sums = "sum(c.claims), sum(c.insured), sum(c.severity_v), sum(c.severity_vi)";
        List<Line> all = lines("with cells as (select s.dimension, s.category, s.insurer_code, sum(s.claims) as claims,"
                + "   sum(s.insured) as insured, sum(s.severity_v) as severity_v, sum(s.severity_vi) as severity_vi"
                + "   from (" + source + ") s group by 1, 2, 3)"
                + " select c.dimension || '|' || c.category, " + sums + " from cells c group by c.dimension, c.category"
                + "   having sum(c.claims) <> 0"
                + " union all select 'SPECIALTY_GROUP|' || coalesce(m.group_code, ''), " + sums + " from cells c"
                + "   left join specialty_group_member m on m.specialty = c.category where c.dimension = 'SPECIALTY'"
                + "   group by 1 having sum(c.claims) <> 0"
                + " union all select 'INSURER|' || c.insurer_code, " + sums + " from cells c where c.dimension = 'SEVERITY'"
                + "   group by 1 having sum(c.claims) <> 0", params);
        return largestFirst(split(all, java.util.Arrays.stream(Dimension.values()).map(Dimension::name).toList()));
    }

    private Map<String, List<Line>> counts(DashboardFilter filter, boolean overTime, boolean dimensions) {
        List<Object> params = new ArrayList<>();
        String source = dimensions ? CubeSlices.claims(filter, CubeSlices.current(filter), params, overTime)
                : CubeSlices.claimsBy(null, filter, CubeSlices.current(filter), params, true);
        List<String> sets = new ArrayList<>();
        if (overTime) {
            sets.add(OVER_TIME);
        }
        if (dimensions) {
            for (Dimension dimension : Dimension.values()) {
                sets.add(dimension.name());
            }
        }
        boolean both = overTime && dimensions;
        String byMonth = "(s.month)";
        String byCategory = "(s.insurer_code, s.incident_type, s.severity, s.specialty, s.risk_profile)";
        // Two steps: the cells summed per month and/or per combination of the dimensions (one pass, which PostgreSQL
        // can split among workers), then the periods and the breakdowns over those few thousand rows.
        String cells = "with cells as (select " + (overTime ? "s.month, " : "")
                + (dimensions ? "s.insurer_code, s.incident_type, s.severity, s.specialty, s.risk_profile, " : "")
                + "   sum(s.claims) as claims, sum(s.insured) as insured,"
                + "   sum(s.severity_v) as severity_v, sum(s.severity_vi) as severity_vi,"
                + "   sum(s.paid) as paid, sum(s.reserved) as reserved"
                + "   from (" + source + ") s group by "
                + (both ? "grouping sets (" + byMonth + ", " + byCategory + "))" : (overTime ? byMonth : byCategory) + ")");
        List<String> selects = new ArrayList<>();
        if (overTime) {
            selects.add(" select 'OVER_TIME|' || " + period(filter, "c.month") + ", sum(c.claims), sum(c.insured),"
                    + "   sum(c.severity_v), sum(c.severity_vi), sum(c.paid), sum(c.reserved), sum(c.paid) + sum(c.reserved)"
                    + "   from cells c" + (both ? " where c.month is not null" : "") + " group by 1"
                    + "   having sum(c.claims) <> 0 or sum(c.paid) <> 0 or sum(c.reserved) <> 0");
        }
        if (dimensions) {
            selects.add(" select case when grouping(g.incident_type) = 0 then 'INCIDENT_TYPE' when grouping(g.severity) = 0"
                    + "   then 'SEVERITY' when grouping(g.specialty_group) = 0 then 'SPECIALTY_GROUP'"
                    + "   when grouping(g.specialty) = 0 then 'SPECIALTY' when grouping(g.risk_profile) = 0 then 'RISK_PROFILE'"
                    + "   else 'INSURER' end || '|' || coalesce(g.incident_type, g.severity, g.specialty_group, g.specialty,"
                    + "   g.risk_profile, g.insurer_code), sum(g.claims), sum(g.insured), sum(g.severity_v), sum(g.severity_vi),"
                    + "   null, null, null"
                    + " from (select c.*, coalesce(m.group_code, '') as specialty_group from cells c"
                    + "   left join specialty_group_member m on m.specialty = c.specialty"
                    + (both ? " where c.month is null" : "") + ") g"
                    + " group by grouping sets ((g.incident_type), (g.severity), (g.specialty_group), (g.specialty),"
                    + " (g.risk_profile), (g.insurer_code)) having sum(g.claims) <> 0");
        }
        List<Line> all = lines(cells + String.join(" union all", selects), params);
        Map<String, List<Line>> bySet = split(all, sets);
        if (overTime) {
            bySet.get(OVER_TIME).sort(Comparator.comparing(Line::code));
        }
        return dimensions ? largestFirst(bySet) : bySet;
    }

    /** Each dimension's categories with their four counts, largest first. */
    private static Map<String, List<Line>> largestFirst(Map<String, List<Line>> bySet) {
        for (Dimension dimension : Dimension.values()) {
            bySet.put(dimension.name(), bySet.get(dimension.name()).stream()
                    .map(l -> new Line(l.code(), l.values().subList(0, 4)))
                    .sorted(Comparator.comparing((Line l) -> l.values().get(0)).reversed().thenComparing(Line::code))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
        }
        return bySet;
    }

    /** A month column as the filter's period label: "2025", "2025-Q2", "2025-03". */
    private static String period(DashboardFilter filter, String month) {
        return "to_char(date_trunc('" + filter.grain().unit + "', " + month + "::timestamp), '"
                + filter.grain().label + "')";
    }

    /** Lines whose code is "set|code", as lists per set (in the given order), each line keeping its own code. */
    private static Map<String, List<Line>> split(List<Line> lines, List<String> sets) {
        Map<String, List<Line>> bySet = new LinkedHashMap<>();
        sets.forEach(set -> bySet.put(set, new ArrayList<>()));
        for (Line line : lines) {
            String[] setAndCode = line.code().split("\\|", 2);
            bySet.get(setAndCode[0]).add(new Line(setAndCode[1], line.values()));
        }
        return bySet;
    }

    /** The key of the periods in {@link #counts}; the dimensions' are their names. */
    public static final String OVER_TIME = "OVER_TIME";

    /** The keys of {@link #money}: money per damage type, and recoveries per recovery type. */
    public static final String DAMAGE = "DAMAGE";
    public static final String RECOVERY = "RECOVERY";

    /**
     * The claims' money in one pass: per damage type paid (payouts), reserved (each claim's latest reserve per
     * damage type) and incurred (the two together), largest first; per recovery type received (negative sums)
     * and outstanding (the latest per type).
     */
    public Map<String, List<Line>> money(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        String source = CubeSlices.money(filter, CubeSlices.current(filter), params);
        Map<String, List<Line>> byKind = split(lines("select case when s.measure in ('PAID', 'RESERVED') then 'DAMAGE'"
                + " else 'RECOVERY' end || '|' || s.type,"
                + " coalesce(sum(s.amount) filter (where s.measure in ('PAID', 'RECOVERED')), 0),"
                + " coalesce(sum(s.amount) filter (where s.measure in ('RESERVED', 'OUTSTANDING')), 0), sum(s.amount)"
                + " from (" + source + ") s group by 1 having sum(s.money_rows) > 0", params), List.of(DAMAGE, RECOVERY));
        byKind.get(DAMAGE).sort(Comparator.comparing((Line l) -> l.values().get(2)).reversed().thenComparing(Line::code));
        byKind.put(RECOVERY, byKind.get(RECOVERY).stream().sorted(Comparator.comparing(Line::code))
                .map(l -> new Line(l.code(), l.values().subList(0, 2))).toList());
        return byKind;
    }

    /**
     * How claims end: how many, how many decided, the share found insured events (of those decided), and the
     * median days from receipt to the decision (the first submission that set the status to insured or not)
     * and to the end of handling, from the cells' day histograms (exact: the middle value, or the mean of the two).
     */
    public Line outcomes(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        List<CubeSlices.Slice> slices = CubeSlices.current(filter);
        String claims = CubeSlices.claimsBy(null, filter, slices, params, false);
        String days = CubeSlices.days(filter, slices, params);
        return lines("with k as (select coalesce(sum(claims), 0) as claims, coalesce(sum(decided), 0) as decided,"
                + "   sum(insured) as insured from (" + claims + ") s),"
                + " h as (select measure, days, sum(claims) as n from (" + days + ") s group by 1, 2 having sum(claims) > 0),"
                + " c as (select measure, days, sum(n) over (partition by measure order by days) as cum,"
                + "   sum(n) over (partition by measure) as total from h),"
                + " m as (select measure, round((min(days) filter (where cum > (total - 1) / 2)"
                + "   + min(days) filter (where cum > total / 2)) / 2.0, 1) as median from c group by 1)"
                + " select 'all', k.claims, k.decided, round(100.0 * k.insured / nullif(k.decided, 0), 1),"
                + " (select median from m where measure = 'D'), (select median from m where measure = 'F') from k",
                params).get(0);
    }

    /**
     * Claims per 1,000 insured provider-years by risk profile: the insured days of every contract's current
     * version that fall in the period, over 365, against the claims whose chosen date falls in it.
     */
    public List<Line> ratesByRiskProfile(DashboardFilter filter) {
        List<Object> params = new ArrayList<>(List.of(filter.to(), filter.from(), filter.to(), filter.from()));
        StringBuilder exposureWhere = new StringBuilder("v.period_start <= ? and v.period_end >= ?");
        if (!filter.insurers().isEmpty()) {
            exposureWhere.append(" and v.insurer_code = any(?)");
            params.add(filter.insurers().toArray(String[]::new));
        }
        if (!filter.riskProfiles().isEmpty()) {
            exposureWhere.append(" and coalesce(p.risk_profile, 'UNKNOWN') = any(?)");
            params.add(filter.riskProfiles().toArray(String[]::new));
        }
        String claims = CubeSlices.claimsBy(Dimension.RISK_PROFILE, filter, CubeSlices.current(filter), params, false);
        return lines("with exposure as (select coalesce(p.risk_profile, 'UNKNOWN') as profile,"
                + "   sum(least(v.period_end, ?::date) - greatest(v.period_start, ?::date) + 1) / 365.0 as years"
                + "   from current_contract_version v"
                + "   left join healthcare_provider p on p.registry_code = v.policyholder_code"
                + "   where " + exposureWhere + " group by 1),"
                + " claims as (select s.risk_profile as profile, sum(s.claims) as n from (" + claims + ") s group by 1)"
                + " select coalesce(e.profile, c.profile), round(coalesce(e.years, 0), 1), coalesce(c.n, 0),"
                + " round(1000.0 * coalesce(c.n, 0) / nullif(e.years, 0), 2)"
                + " from exposure e full join claims c on c.profile = e.profile where coalesce(c.n, 0) <> 0 or e.years > 0"
                + " order by 1", params);
    }

    /**
     * Reporting compliance per insurer: submission events whose business date falls in the period, how many
     * were made within the one-working-day deadline, how many late, and the on-time share.
     */
    public List<Line> compliance(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        return lines("select e.insurer_code, " + ON_TIME + " from dash_submission_day e where "
                + events(filter.from(), filter.to(), filter, params) + " group by 1 order by 5, 1", params);
    }

    /** Submissions, on time, late and the on-time share per month of business date, for the trend. */
    public List<Line> complianceTrend(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        // grouped by the month itself and labelled after: a label made per row cost some 1 µs a row
        return lines("select to_char(e.month, 'YYYY-MM'), " + ON_TIME + " from (select date_trunc('month',"
                + " e.business_date::timestamp) as month, sum(e.events) as events, sum(e.on_time) as on_time"
                + " from dash_submission_day e where " + events(filter.from(), filter.to(), filter, params)
                + " group by 1) e group by e.month order by e.month", params);
    }

    /** Per-day submission counts {@code e} whose business date falls in the days given, of the filter's insurers. */
    private static String events(LocalDate from, LocalDate to, DashboardFilter filter, List<Object> params) {
        params.add(from);
        params.add(to);
        if (filter.insurers().isEmpty()) {
            return "e.business_date between ? and ?";
        }
        params.add(filter.insurers().toArray(String[]::new));
        return "e.business_date between ? and ? and e.insurer_code = any(?)";
    }

    /**
     * How many of the filtered claims are on each data-quality list on the given day, and how many contracts in force
     * in the period have a policyholder Terviseamet does not know yet. The lists are the view claim_attention, which
     * the claim list a count opens reads; here they are counted from the cells (V17 keeps two of them as counters, the
     * third is the cells' incident type or severity less the claims received in the last 90 days), and
     * AttentionListsTest proves each count is its list's length.
     */
    public List<Line> dataQuality(DashboardFilter filter, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String claims = CubeSlices.claimsBy(null, filter, CubeSlices.current(filter), params, false);
        params.add(today.minusDays(90));
        params.add(filter.from());
        params.add(filter.to());
        String recent = "select count(*) as n from dash_claim c where (c.incident_type = 'BEING_SPECIFIED'"
                + " or c.severity = 'PENDING') and c.received_date > ? and c." + filter.basis().column + " between ? and ?"
                + CubeSlices.dimensions(filter, "coalesce(c.specialty, '')", params);
        Line counts = lines("with k as (select coalesce(sum(specifying), 0) as specifying,"
                + "   coalesce(sum(open_without_reserve), 0) as open_wr,"
                + "   coalesce(sum(finished_without_date), 0) as finished_nd from (" + claims + ") s)"
                + " select 'counts', k.specifying - (" + recent + "), k.open_wr, k.finished_nd from k", params).get(0);
        List<Line> result = new ArrayList<>();
        for (Attention attention : Attention.values()) {
            int column = switch (attention) {
                case STILL_SPECIFIED -> 0;
                case OPEN_WITHOUT_RESERVE -> 1;
                case FINISHED_WITHOUT_DATE -> 2;
            };
            result.add(new Line(attention.name(), List.of(counts.values().get(column))));
        }
        List<Object> contractParams = new ArrayList<>(List.of(filter.to(), filter.from()));
        if (!filter.insurers().isEmpty()) {
            contractParams.add(filter.insurers().toArray(String[]::new));
        }
        result.addAll(lines("select 'UNKNOWN_POLICYHOLDER', count(distinct v.contract_id) from contract_version v"
                + " join healthcare_provider p on p.registry_code = v.policyholder_code and not p.known"
                + " where v.period_start <= ? and v.period_end >= ?"
                + (filter.insurers().isEmpty() ? "" : " and v.insurer_code = any(?)"), contractParams));
        return result;
    }

    /**
     * An insurer's own overview (row-level security keeps it to the acting insurer): claims, open claims,
     * paid, reserved (latest per claim and damage type) and incurred, and the on-time share of its
     * submission events whose business date falls in the filter's period. The money is every claim's
     * ({@link ClaimMoney#EVERY_CLAIMS_MONEY}).
     */
    public Line summary(DashboardFilter filter) {
        return lines("select 'summary', c.claims, c.open, m.paid, m.reserved, m.paid + m.reserved, d.share"
                + " from (select count(*) as claims, count(*) filter (where not handling_finished) as open from dash_claim) c,"
                + " (" + ClaimMoney.EVERY_CLAIMS_MONEY + ") m,"
                + " (select round(100.0 * sum(on_time) / nullif(sum(events), 0), 1) as share from dash_submission_day"
                + "   where business_date between ? and ?) d", List.of(filter.from(), filter.to())).get(0);
    }

    /** Runs one aggregate ({@link DashboardReads}). */
    private List<Line> lines(String sql, List<Object> params) {
        return reads.lines(sql, params);
    }
}
