package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.claim.ClaimSearch.Attention;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards' aggregates, computed in PostgreSQL over claim_fact and the money tables (GROUP BY,
 * FILTER, percentiles), never by loading rows into Java. Connections come from the main pool, so the
 * row-level security of the request's acting insurer applies: Terviseamet sees all, an insurer its own.
 */
@ApplicationScoped
public class DashboardQueries {

    /** One row of a result: its category code and its numbers. */
    public record Line(String code, List<BigDecimal> values) {
    }

    /** What a breakdown groups claims by. */
    public enum Dimension {
        INCIDENT_TYPE, SEVERITY, SPECIALTY, RISK_PROFILE, INSURER
    }

    /** Submissions, those on time, and the on-time share in per cent, from the per-day counts {@code e}. */
    private static final String ON_TIME = "sum(e.events), sum(e.on_time), round(100.0 * sum(e.on_time) / sum(e.events), 1)";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Claims, insured events and the two most severe levels, per period and per category of every dimension,
     * in one pass over the claims (GROUPING SETS): the page's six count figures cost one scan, not six.
     * Periods come oldest first; categories largest first.
     */
    public Map<String, List<Line>> counts(DashboardFilter filter) {
        DashboardFilter.Condition where = filter.condition();
        String period = "to_char(date_trunc('" + filter.grain().unit + "', f." + filter.basis().column + "), '"
                + filter.grain().label + "')";
        List<String> sets = new ArrayList<>(List.of(OVER_TIME));
        for (Dimension dimension : Dimension.values()) {
            sets.add(dimension.name());
        }
        List<Line> all = lines("select case when grouping(g.period) = 0 then 'OVER_TIME'"
                + " when grouping(g.incident_type) = 0 then 'INCIDENT_TYPE' when grouping(g.severity) = 0 then 'SEVERITY'"
                + " when grouping(g.specialty) = 0 then 'SPECIALTY' when grouping(g.risk_profile) = 0 then 'RISK_PROFILE'"
                + " else 'INSURER' end || '|' || coalesce(g.period, g.incident_type, g.severity, g.specialty, g.risk_profile,"
                + " g.insurer_code), count(*), count(*) filter (where g.status = 'INSURED_EVENT'),"
                + " count(*) filter (where g.severity = 'V'), count(*) filter (where g.severity = 'VI')"
                + " from (select " + period + " as period, f.incident_type, f.severity, coalesce(f.specialty, '') as specialty,"
                + " f.risk_profile, f.insurer_code, f.status from claim_fact f where " + where.sql() + ") g"
                + " group by grouping sets ((g.period), (g.incident_type), (g.severity), (g.specialty), (g.risk_profile),"
                + " (g.insurer_code))", where.params());
        Map<String, List<Line>> bySet = split(all, sets);
        bySet.get(OVER_TIME).sort(Comparator.comparing(Line::code));
        for (Dimension dimension : Dimension.values()) {
            bySet.get(dimension.name()).sort(Comparator.comparing((Line l) -> l.values().get(0)).reversed()
                    .thenComparing(Line::code));
        }
        return bySet;
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
        DashboardFilter.Condition where = filter.condition();
        Map<String, List<Line>> byKind = split(lines("select case when f.measure in ('PAID', 'RESERVED') then 'DAMAGE'"
                + " else 'RECOVERY' end || '|' || f.type,"
                + " coalesce(sum(f.amount) filter (where f.measure in ('PAID', 'RECOVERED')), 0),"
                + " coalesce(sum(f.amount) filter (where f.measure in ('RESERVED', 'OUTSTANDING')), 0), sum(f.amount)"
                + " from money_fact f where " + where.sql() + " group by 1", where.params()), List.of(DAMAGE, RECOVERY));
        byKind.get(DAMAGE).sort(Comparator.comparing((Line l) -> l.values().get(2)).reversed().thenComparing(Line::code));
        byKind.put(RECOVERY, byKind.get(RECOVERY).stream().sorted(Comparator.comparing(Line::code))
                .map(l -> new Line(l.code(), l.values().subList(0, 2))).toList());
        return byKind;
    }

    /**
     * How claims end: how many, how many decided, the share found insured events (of those decided), and the
     * median days from receipt to the decision (the first submission that set the status to insured or not)
     * and to the end of handling.
     */
    public Line outcomes(DashboardFilter filter) {
        DashboardFilter.Condition where = filter.condition();
        return lines("select 'all', count(*), count(*) filter (where f.status <> 'SUBMITTED'),"
                + " round(100.0 * count(*) filter (where f.status = 'INSURED_EVENT')"
                + "   / nullif(count(*) filter (where f.status <> 'SUBMITTED'), 0), 1),"
                + " percentile_cont(0.5) within group (order by f.decided_on - f.received_date),"
                + " percentile_cont(0.5) within group (order by f.finished_date - f.received_date)"
                + " from claim_fact f where " + where.sql(), where.params()).get(0);
    }

    /**
     * Claims per 1,000 insured provider-years by risk profile: the insured days of every contract's current
     * version that fall in the period, over 365, against the claims whose chosen date falls in it.
     */
    public List<Line> ratesByRiskProfile(DashboardFilter filter) {
        DashboardFilter.Condition where = filter.condition();
        List<Object> params = new ArrayList<>();
        params.add(filter.to());
        params.add(filter.from());
        StringBuilder exposureWhere = new StringBuilder("v.period_start <= ? and v.period_end >= ?");
        if (filter.insurer() != null) {
            exposureWhere.append(" and v.insurer_code = ?");
            params.add(filter.insurer());
        }
        if (filter.riskProfile() != null) {
            exposureWhere.append(" and coalesce(p.risk_profile, 'UNKNOWN') = ?");
            params.add(filter.riskProfile());
        }
        List<Object> all = new ArrayList<>(List.of(filter.to(), filter.from()));
        all.addAll(params);
        all.addAll(where.params());
        return lines("with exposure as (select coalesce(p.risk_profile, 'UNKNOWN') as profile,"
                + "   sum(least(v.period_end, ?::date) - greatest(v.period_start, ?::date) + 1) / 365.0 as years"
                + "   from current_contract_version v"
                + "   left join healthcare_provider p on p.registry_code = v.policyholder_code"
                + "   where " + exposureWhere + " group by 1),"
                + " claims as (select f.risk_profile as profile, count(*) as n from claim_fact f where " + where.sql()
                + "   group by 1)"
                + " select coalesce(e.profile, c.profile), round(coalesce(e.years, 0), 1), coalesce(c.n, 0),"
                + " round(1000.0 * coalesce(c.n, 0) / nullif(e.years, 0), 2)"
                + " from exposure e full join claims c on c.profile = e.profile order by 1", all);
    }

    /**
     * Reporting compliance per insurer: submission events whose business date falls in the period, how many
     * were made within the one-working-day deadline, and the share.
     */
    public List<Line> compliance(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        return lines("select e.insurer_code, " + ON_TIME + " from dash_submission_day e where " + events(filter, params)
                + " group by 1 order by 4, 1", params);
    }

    /** On-time share per month of business date, for the trend. */
    public List<Line> complianceTrend(DashboardFilter filter) {
        List<Object> params = new ArrayList<>();
        return lines("select to_char(date_trunc('month', e.business_date), 'YYYY-MM'), " + ON_TIME
                + " from dash_submission_day e where " + events(filter, params) + " group by 1 order by 1", params);
    }

    /** Per-day submission counts {@code e} whose business date falls in the period, of the filter's insurer if any. */
    private static String events(DashboardFilter filter, List<Object> params) {
        params.add(filter.from());
        params.add(filter.to());
        if (filter.insurer() == null) {
            return "e.business_date between ? and ?";
        }
        params.add(filter.insurer());
        return "e.business_date between ? and ? and e.insurer_code = ?";
    }

    /**
     * How many of the filtered claims are on each data-quality list on the given day (the lists are the view
     * claim_attention, which the claim list a count opens reads too), and how many contracts in force in the
     * period have a policyholder Terviseamet does not know yet.
     */
    public List<Line> dataQuality(DashboardFilter filter, LocalDate today) {
        DashboardFilter.Condition where = filter.condition();
        List<Object> params = new ArrayList<>(List.of(today));
        params.addAll(where.params());
        Map<String, List<BigDecimal>> counts = new HashMap<>();
        for (Line line : lines("select a.attention, count(*) from claim_fact f join claim_attention a on a.claim_id = f.id"
                + " where a.due_on <= ? and " + where.sql() + " group by 1", params)) {
            counts.put(line.code(), line.values());
        }
        List<Line> result = new ArrayList<>();
        for (Attention attention : Attention.values()) {
            result.add(new Line(attention.name(), counts.getOrDefault(attention.name(), List.of(BigDecimal.ZERO))));
        }
        List<Object> contractParams = new ArrayList<>(List.of(filter.to(), filter.from()));
        if (filter.insurer() != null) {
            contractParams.add(filter.insurer());
        }
        result.addAll(lines("select 'UNKNOWN_POLICYHOLDER', count(distinct v.contract_id) from contract_version v"
                + " join healthcare_provider p on p.registry_code = v.policyholder_code and not p.known"
                + " where v.period_start <= ? and v.period_end >= ?"
                + (filter.insurer() == null ? "" : " and v.insurer_code = ?"), contractParams));
        return result;
    }

    /**
     * An insurer's own overview (row-level security keeps it to the acting insurer): claims, open claims,
     * paid, reserved (latest per claim and damage type) and incurred, and the on-time share of its
     * submission events whose business date falls in the filter's period.
     */
    public Line summary(DashboardFilter filter) {
        return lines("select 'summary', c.claims, c.open, m.paid, m.reserved, m.paid + m.reserved, d.share"
                + " from (select count(*) as claims, count(*) filter (where not handling_finished) as open from dash_claim) c,"
                + " (select coalesce(sum(amount) filter (where measure = 'PAID'), 0) as paid,"
                + "   coalesce(sum(amount) filter (where measure = 'RESERVED'), 0) as reserved from dash_claim_money) m,"
                + " (select round(100.0 * sum(on_time) / nullif(sum(events), 0), 1) as share from dash_submission_day"
                + "   where business_date between ? and ?) d", List.of(filter.from(), filter.to())).get(0);
    }

    /**
     * Runs one aggregate. Row-level security's filter makes the planner take every summary table for a few
     * rows, so it would join them by nested loops, scanning a whole table per row (seconds at a million claims);
     * these reads aggregate large sets, so nested loops are off for them, on this connection, for this query.
     */
    private List<Line> lines(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "set enable_nestloop = off");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                List<Line> lines = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<BigDecimal> values = new ArrayList<>();
                        for (int c = 2; c <= columns; c++) {
                            values.add(decimal(rs.getObject(c)));
                        }
                        lines.add(new Line(rs.getString(1), values));
                    }
                }
                return lines;
            } finally {
                execute(connection, "reset enable_nestloop");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard query failed: " + e.getMessage(), e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
        }
        return new BigDecimal(value.toString());
    }
}
