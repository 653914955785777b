package ee.tokvs.portal.triangle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.triangle.Triangle.Measure;
import ee.tokvs.portal.triangle.Triangle.YearCell;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The triangles' arithmetic without a server, as at the end of 2007 (rows 1998–2007). The sums are those of insurer A
 * of the fixture TriangleQueriesTest works out (paid per calendar year, reserves standing at each year end, claims
 * received per calendar year):
 *
 * <pre>
 * incident year  paid in 2005 / 2006 / 2007    reserves at end 2005 / 2006 / 2007   received in 2005 / 2006 / 2007
 * 2005           1,000 / 2,500 / 1,500         5,000 / 6,500 / 3,500                1 / 1 / 0
 * 2006               – /   600 /   400             – /   800 /   800                – / 1 / 0
 * 2007               – /     – /   400             – /     – /   700                – / – / 1
 * </pre>
 */
class TriangleTest {

    private static final int AS_OF = 2007;

    private static Map<YearCell, BigDecimal> sums(Object... incidentCalendarAmount) {
        Map<YearCell, BigDecimal> sums = new HashMap<>();
        for (int i = 0; i < incidentCalendarAmount.length; i += 3) {
            sums.put(new YearCell((int) incidentCalendarAmount[i], (int) incidentCalendarAmount[i + 1]),
                    new BigDecimal((String) incidentCalendarAmount[i + 2]));
        }
        return sums;
    }

    private static final Map<YearCell, BigDecimal> PAID = sums(2005, 2005, "1000.00", 2005, 2006, "2500.00",
            2005, 2007, "1500.00", 2006, 2006, "600.00", 2006, 2007, "400.00", 2007, 2007, "400.00");
    private static final Map<YearCell, BigDecimal> RESERVED = sums(2005, 2005, "5000.00", 2005, 2006, "6500.00",
            2005, 2007, "3500.00", 2006, 2006, "800.00", 2006, 2007, "800.00", 2007, 2007, "700.00");
    private static final Map<YearCell, BigDecimal> REPORTED = sums(2005, 2005, "1", 2005, 2006, "1", 2006, 2006, "1",
            2007, 2007, "1");

    /** The numbers as written here: "1000.00 3500.00", "–" for none. */
    static String text(List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? "–" : v.toPlainString()).collect(Collectors.joining(" "));
    }

    private static Triangle.Row row(Triangle triangle, int incidentYear) {
        return triangle.rows().get(incidentYear - Triangle.firstIncidentYear(triangle.asOf()));
    }

    @Test
    void paidCumulatesAlongEachRowUpToTheDiagonal() {
        Triangle paid = Triangle.cumulated(Measure.PAID, AS_OF, PAID);
        assertEquals(10, paid.rows().size());
        assertEquals(1998, paid.rows().get(0).incidentYear());
        assertEquals("0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00", text(row(paid, 1998).values()));
        assertEquals("1000.00 3500.00 5000.00", text(row(paid, 2005).values()));
        assertEquals("600.00 1000.00", text(row(paid, 2006).values()));
        assertEquals("400.00", text(row(paid, 2007).values()));
    }

    @Test
    void factorsAreEachRowsRatiosAndTheirVolumeWeightedAverages() {
        Triangle paid = Triangle.cumulated(Measure.PAID, AS_OF, PAID);
        // 3500 / 1000, 5000 / 3500 = 1.428571…; 1000 / 600 = 1.666…, half up
        assertEquals("3.5000 1.4286", text(row(paid, 2005).factors()));
        assertEquals("1.6667", text(row(paid, 2006).factors()));
        assertEquals("", text(row(paid, 2007).factors()));
        // a row of zeros has no factors of its own
        assertEquals("– – – – – – – – –", text(row(paid, 1998).factors()));
        // f0 = (3500 + 1000) / (1000 + 600); f1 = 5000 / 3500; from d = 2 on only rows of zeros: none
        assertEquals("2.8125 1.4286 – – – – – – –", text(paid.factors()));
    }

    @Test
    void theUltimateIsTheLatestTimesTheFactorsStillToComeAMissingOneCountingAsOne() {
        Triangle paid = Triangle.cumulated(Measure.PAID, AS_OF, PAID);
        // 400 × 2.8125 × 1.4286 = 1607.175 → 1607.18; 1000 × 1.4286; 5000 × (f2 … f8 missing) = 5000
        assertEquals(new BigDecimal("1607.18"), row(paid, 2007).ultimate());
        assertEquals(new BigDecimal("1428.60"), row(paid, 2006).ultimate());
        assertEquals(new BigDecimal("5000.00"), row(paid, 2005).ultimate());
        assertEquals(new BigDecimal("0.00"), row(paid, 1998).ultimate());
    }

    @Test
    void theUltimateRoundsHalfUpOnceAtTheEnd() {
        // as all insurers of the fixture: 2006's row is 600 / 6000, so f0 = 9500 / 1600 = 5.9375;
        // 400 × 5.9375 × 1.4286 = 3392.925, half up 3392.93 (half even would give 3392.92)
        Map<YearCell, BigDecimal> paid = new HashMap<>(PAID);
        paid.put(new YearCell(2006, 2007), new BigDecimal("5400.00"));
        Triangle all = Triangle.cumulated(Measure.PAID, AS_OF, paid);
        assertEquals("5.9375 1.4286 – – – – – – –", text(all.factors()));
        assertEquals(new BigDecimal("3392.93"), row(all, 2007).ultimate());
    }

    @Test
    void incurredIsPaidPlusTheReservesStandingAtEachYearEnd() {
        Triangle incurred = Triangle.all(AS_OF, PAID, RESERVED, REPORTED).get(Measure.INCURRED);
        assertEquals(Measure.INCURRED, incurred.measure());
        assertEquals("6000.00 10000.00 8500.00", text(row(incurred, 2005).values()));
        assertEquals("1400.00 1800.00", text(row(incurred, 2006).values()));
        assertEquals("1100.00", text(row(incurred, 2007).values()));
        // 10000 / 6000, 8500 / 10000; 1800 / 1400 = 1.285714…; f0 = 11800 / 7400 = 1.594594…; f1 = 0.85
        assertEquals("1.6667 0.8500", text(row(incurred, 2005).factors()));
        assertEquals("1.2857", text(row(incurred, 2006).factors()));
        assertEquals("1.5946 0.8500 – – – – – – –", text(incurred.factors()));
        // 1100 × 1.5946 × 0.85 = 1490.951; 1800 × 0.85; 8500
        assertEquals("1490.95 1530.00 8500.00", text(List.of(row(incurred, 2007).ultimate(),
                row(incurred, 2006).ultimate(), row(incurred, 2005).ultimate())));
    }

    @Test
    void reportedClaimsAreWholeNumbersTheirUltimateHasTwoDecimals() {
        Triangle reported = Triangle.all(AS_OF, PAID, RESERVED, REPORTED).get(Measure.REPORTED);
        assertEquals("1 2 2", text(row(reported, 2005).values()));
        assertEquals("1 1", text(row(reported, 2006).values()));
        assertEquals("0 0 0 0 0 0 0 0 0 0", text(row(reported, 1998).values()));
        // f0 = (2 + 1) / (1 + 1); f1 = 2 / 2
        assertEquals("1.5000 1.0000 – – – – – – –", text(reported.factors()));
        assertEquals(new BigDecimal("1.50"), row(reported, 2007).ultimate());
        assertEquals(new BigDecimal("2.00"), row(reported, 2005).ultimate());
    }

    @Test
    void aRowFromZeroHasNoFactorOfItsOwnYetCountsInTheAverage() {
        // 2005: nothing in 2005, 100 in 2006; 2006: 50, then 50 more
        Triangle paid = Triangle.cumulated(Measure.PAID, AS_OF, sums(2005, 2006, "100.00", 2006, 2006, "50.00",
                2006, 2007, "50.00"));
        assertEquals("0.00 100.00 100.00", text(row(paid, 2005).values()));
        assertEquals("– 1.0000", text(row(paid, 2005).factors()));
        // f0 = (100 + 100) / (0 + 50)
        assertEquals("4.0000 1.0000 – – – – – – –", text(paid.factors()));
        // nothing in any first year: no average from d = 0, and a row's ultimate is then its latest
        Triangle late = Triangle.cumulated(Measure.PAID, AS_OF, sums(2006, 2007, "5000.00"));
        assertEquals("– – – – – – – – –", text(late.factors()));
        assertEquals(new BigDecimal("5000.00"), row(late, 2006).ultimate());
        assertEquals(new BigDecimal("0.00"), row(late, 2007).ultimate());
    }
}
