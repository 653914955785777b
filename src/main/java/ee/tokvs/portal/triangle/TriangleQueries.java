package ee.tokvs.portal.triangle;

import ee.tokvs.portal.triangle.Triangle.Measure;
import ee.tokvs.portal.triangle.Triangle.YearCell;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The sums behind the triangles ({@link Triangle}), grouped in PostgreSQL by incident year and calendar year: one
 * statement, a grouped scan per source (payouts, reserves, claims), never a claim at a time in Java. Connections come
 * from the main pool, so the row-level security of the request's acting insurer decides what is summed: every insurer
 * for Terviseamet; the insurer filter narrows that, it never widens it.
 */
@ApplicationScoped
public class TriangleQueries {

    /** What SQL sums, each by incident year and calendar year; {@code %s} takes the insurer's narrowing. */
    private enum Source {
        /** Payouts per incident year and calendar year of payment (before the incident year: the incident year). */
        PAID("select '%s', date_part('year', c.incident_date)::int,"
                + " greatest(date_part('year', p.paid_on)::int, date_part('year', c.incident_date)::int), sum(p.amount)"
                + " from payout p join claim c on c.id = p.claim_id and c.insurer_code = p.insurer_code"
                + " where c.incident_date between ? and ? and p.paid_on <= ?%s group by 2, 3"),

        /**
         * The reserves standing at each year end: a reserve is its claim's latest of its damage type from the year it
         * was set (or the incident year, if later) until the year before the next one of that claim and type was set
         * (or the end year, if none was), and adds to each of those years' sums (generate_series). A later reserve of
         * the same year replaces it within that year; of two set the same day the greater id is the later (the order
         * of the index reserve_claim). Only reserves that stand (V27's view: a reserve corrected away and its reversal are no estimate).
         */
        RESERVED("select '%s', r.incident_year, y.calendar_year, sum(r.amount)"
                + " from (select date_part('year', c.incident_date)::int as incident_year, r.set_on, r.amount,"
                + "   lead(r.set_on) over (partition by r.claim_id, r.damage_type order by r.set_on, r.id) as replaced_on"
                + "   from standing_reserve r join claim c on c.id = r.claim_id and c.insurer_code = r.insurer_code"
                + "   where c.incident_date between ? and ? and r.set_on <= ?%s) r"
                + " cross join lateral generate_series(greatest(date_part('year', r.set_on)::int, r.incident_year),"
                + "   coalesce(date_part('year', r.replaced_on)::int - 1, ?)) as y(calendar_year)"
                + " where r.amount <> 0 group by 2, 3"),

        /** Claims per incident year and calendar year of receipt (before the incident year: the incident year). */
        REPORTED("select '%s', date_part('year', c.incident_date)::int,"
                + " greatest(date_part('year', c.received_date)::int, date_part('year', c.incident_date)::int), count(*)"
                + " from claim c where c.incident_date between ? and ? and c.received_date <= ?%s group by 2, 3");

        final String sql;

        Source(String sql) {
            this.sql = sql;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * The triangles of the measures asked for (incurred needs paid, which comes with it) as at the end of {@code asOf},
     * of every insurer the connection sees or of one ({@code insurer}, null for all).
     */
    public Map<Measure, Triangle> triangles(int asOf, String insurer, Set<Measure> measures) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        if (measures.contains(Measure.PAID) || measures.contains(Measure.INCURRED)) {
            sources.add(Source.PAID);
        }
        if (measures.contains(Measure.INCURRED)) {
            sources.add(Source.RESERVED);
        }
        if (measures.contains(Measure.REPORTED)) {
            sources.add(Source.REPORTED);
        }
        List<Object> params = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        LocalDate yearEnd = LocalDate.of(asOf, 12, 31);
        for (Source source : sources) {
            selects.add(source.sql.formatted(source.name(), insurer == null ? "" : " and c.insurer_code = ?"));
            params.addAll(List.of(LocalDate.of(Triangle.firstIncidentYear(asOf), 1, 1), yearEnd, yearEnd));
            if (insurer != null) {
                params.add(insurer);
            }
            if (source == Source.RESERVED) {
                params.add(asOf);
            }
        }
        Map<Source, Map<YearCell, BigDecimal>> sums = sums(String.join(" union all ", selects), params);
        Map<Measure, Triangle> all = Triangle.all(asOf, sums.getOrDefault(Source.PAID, Map.of()),
                sums.getOrDefault(Source.RESERVED, Map.of()), sums.getOrDefault(Source.REPORTED, Map.of()));
        Map<Measure, Triangle> asked = new EnumMap<>(Measure.class);
        measures.forEach(measure -> asked.put(measure, all.get(measure)));
        return asked;
    }

    /** The year of the earliest incident the connection sees; none in an empty register. */
    public OptionalInt firstIncidentYear() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select date_part('year', min(incident_date))::int from claim");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            int year = rs.getInt(1);
            return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(year);
        } catch (SQLException e) {
            throw new IllegalStateException("triangle query failed: " + e.getMessage(), e);
        }
    }

    /** Rows of (source, incident year, calendar year, sum) by source. */
    private Map<Source, Map<YearCell, BigDecimal>> sums(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            Map<Source, Map<YearCell, BigDecimal>> bySource = new EnumMap<>(Source.class);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    bySource.computeIfAbsent(Source.valueOf(rs.getString(1)), s -> new HashMap<>())
                            .put(new YearCell(rs.getInt(2), rs.getInt(3)), rs.getBigDecimal(4));
                }
            }
            return bySource;
        } catch (SQLException e) {
            throw new IllegalStateException("triangle query failed: " + e.getMessage(), e);
        }
    }
}
