package ee.tokvs.portal.triangle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A claims development triangle (kahjude arengukolmnurk) as at the end of a year Y, worked out from what SQL summed
 * ({@link TriangleQueries}); plain arithmetic over plain data, so a test checks it without a server.
 *
 * <p>Rows are the {@value #YEARS} incident years Y−9 … Y; a row's cells are its development years d = 0 … Y − incident
 * year, cell d being the state at the end of calendar year incident year + d, cumulative. Every cell is a whole calendar
 * year, so there is no partial diagonal; cells beyond it are the future and do not exist.
 * <ul>
 * <li>{@link Measure#PAID}: the payouts of the row's claims dated on or before the cell's year end (gross of recoveries:
 * they are not deducted). A payout dated before its incident year counts in d = 0.
 * <li>{@link Measure#INCURRED}: paid plus, for each claim and damage type, the latest reserve set on or before the cell's
 * year end (latest: greatest set_on, ties by greatest id).
 * <li>{@link Measure#REPORTED}: the claims received on or before the cell's year end (received before the incident
 * year: d = 0).
 * </ul>
 *
 * <p>Chain ladder: a row's age-to-age factor from d to d + 1 is C(i, d+1) / C(i, d), where C(i, d) &gt; 0; the
 * volume-weighted average factor f_d is Σ C(i, d+1) / Σ C(i, d) over the rows that have both cells, none where that
 * denominator is 0. Factors are rounded to {@value #FACTOR_SCALE} decimals, half up, and used as rounded (as the page
 * shows them). A row's implied ultimate is its latest cell times f_k for every k from its latest d to the last
 * development year, a missing f_k counting as 1; the product is rounded once, to {@value #ULTIMATE_SCALE} decimals, half
 * up. It is an indicator, not a reserve opinion.
 *
 * @param factors the volume-weighted average factors f_0 … f_8 (from d to d + 1); null where there is none
 */
public record Triangle(Measure measure, int asOf, List<Row> rows, List<BigDecimal> factors) {

    /** Incident years in a triangle, and so its development years. */
    public static final int YEARS = 10;
    public static final int FACTOR_SCALE = 4;
    public static final int ULTIMATE_SCALE = 2;

    public Triangle {
        rows = List.copyOf(rows);
        factors = java.util.Collections.unmodifiableList(new ArrayList<>(factors));
    }

    /** What a triangle develops: money to the cent, claims as whole numbers. */
    public enum Measure {
        PAID(2), INCURRED(2), REPORTED(0);

        /** The decimals of its cells. */
        public final int scale;

        Measure(int scale) {
            this.scale = scale;
        }

        public boolean money() {
            return scale > 0;
        }

        BigDecimal zero() {
            return BigDecimal.ZERO.setScale(scale);
        }
    }

    /** A sum SQL hands over: of the claims of one incident year, in (or at the end of) one calendar year. */
    public record YearCell(int incidentYear, int calendarYear) {
    }

    /**
     * One incident year: its cumulative cells for d = 0 … its latest, its age-to-age factors from d to d + 1 (null where
     * C(i, d) is not above 0), and its implied ultimate.
     */
    public record Row(int incidentYear, List<BigDecimal> values, List<BigDecimal> factors, BigDecimal ultimate) {

        public Row {
            values = List.copyOf(values);
            factors = java.util.Collections.unmodifiableList(new ArrayList<>(factors));
        }

        public BigDecimal latest() {
            return values.get(values.size() - 1);
        }
    }

    /** The incident year of the first row as at the end of {@code asOf}. */
    public static int firstIncidentYear(int asOf) {
        return asOf - YEARS + 1;
    }

    /**
     * The three triangles from SQL's sums: payouts per calendar year, the reserves standing at each year end, and the
     * claims received per calendar year (each by incident year). Paid and reported cumulate; incurred is paid plus the
     * reserves standing at the cell's year end.
     */
    public static Map<Measure, Triangle> all(int asOf, Map<YearCell, BigDecimal> paid, Map<YearCell, BigDecimal> reserved,
            Map<YearCell, BigDecimal> reported) {
        Map<Measure, Triangle> all = new EnumMap<>(Measure.class);
        Triangle paidTriangle = cumulated(Measure.PAID, asOf, paid);
        all.put(Measure.PAID, paidTriangle);
        all.put(Measure.INCURRED, paidTriangle.plusLevels(Measure.INCURRED, reserved));
        all.put(Measure.REPORTED, cumulated(Measure.REPORTED, asOf, reported));
        return all;
    }

    /** Each calendar year's own amounts (or counts), cumulated along the row; a year without any adds nothing. */
    public static Triangle cumulated(Measure measure, int asOf, Map<YearCell, BigDecimal> byCalendarYear) {
        List<List<BigDecimal>> cells = new ArrayList<>();
        for (int year = firstIncidentYear(asOf); year <= asOf; year++) {
            List<BigDecimal> row = new ArrayList<>();
            BigDecimal sum = measure.zero();
            for (int calendarYear = year; calendarYear <= asOf; calendarYear++) {
                sum = sum.add(byCalendarYear.getOrDefault(new YearCell(year, calendarYear), BigDecimal.ZERO));
                row.add(sum.setScale(measure.scale, RoundingMode.UNNECESSARY));
            }
            cells.add(row);
        }
        return developed(measure, asOf, cells);
    }

    /** This triangle's cells plus the levels standing at each cell's year end (incurred: paid plus the reserves). */
    public Triangle plusLevels(Measure as, Map<YearCell, BigDecimal> levels) {
        List<List<BigDecimal>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<BigDecimal> sums = new ArrayList<>();
            for (int d = 0; d < row.values().size(); d++) {
                BigDecimal level = levels.getOrDefault(new YearCell(row.incidentYear(), row.incidentYear() + d),
                        BigDecimal.ZERO);
                sums.add(row.values().get(d).add(level).setScale(as.scale, RoundingMode.UNNECESSARY));
            }
            cells.add(sums);
        }
        return developed(as, asOf, cells);
    }

    /** The chain ladder over cumulative cells, the oldest row first (see the class's description). */
    static Triangle developed(Measure measure, int asOf, List<List<BigDecimal>> cells) {
        List<BigDecimal> averages = new ArrayList<>();
        for (int d = 0; d < YEARS - 1; d++) {
            BigDecimal next = BigDecimal.ZERO;
            BigDecimal from = BigDecimal.ZERO;
            for (List<BigDecimal> row : cells) {
                if (row.size() > d + 1) {
                    next = next.add(row.get(d + 1));
                    from = from.add(row.get(d));
                }
            }
            averages.add(ratio(next, from));
        }
        List<Row> rows = new ArrayList<>();
        int year = firstIncidentYear(asOf);
        for (List<BigDecimal> row : cells) {
            List<BigDecimal> ageToAge = new ArrayList<>();
            for (int d = 0; d + 1 < row.size(); d++) {
                ageToAge.add(row.get(d).signum() > 0 ? ratio(row.get(d + 1), row.get(d)) : null);
            }
            BigDecimal ultimate = row.get(row.size() - 1);
            for (int k = row.size() - 1; k < YEARS - 1; k++) {
                if (averages.get(k) != null) {
                    ultimate = ultimate.multiply(averages.get(k));
                }
            }
            rows.add(new Row(year++, row, ageToAge, ultimate.setScale(ULTIMATE_SCALE, RoundingMode.HALF_UP)));
        }
        return new Triangle(measure, asOf, rows, averages);
    }

    /** A factor to {@value #FACTOR_SCALE} decimals, half up; none where the denominator is 0. */
    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, FACTOR_SCALE, RoundingMode.HALF_UP);
    }
}
