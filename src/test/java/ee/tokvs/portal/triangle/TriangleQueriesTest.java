package ee.tokvs.portal.triangle;

import static ee.tokvs.portal.triangle.TriangleTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.TriangleFixture;
import ee.tokvs.portal.triangle.Triangle.Measure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The triangles of {@link TriangleFixture}'s register as PostgreSQL sums them, against every cell worked out by hand.
 * As at 2007 the rows are 1998–2007; 1998–2004 hold nothing (zeros, no factors, ultimate 0). Cells in development years
 * d = 0, 1, 2 (calendar years incident year + d); "f" the volume-weighted average factors f0, f1 (f2 … f8: none, their
 * rows are all zeros); "ult." the implied ultimate.
 *
 * <p><b>Sums per claim as at 2007.</b> Paid, by calendar year: A1 2005 1,000, 2006 500, 2007 1,500 (its 2008 payout is
 * after the year end); A2 2006 2,000; A3 2006 600, 2007 400; A4 2007 300 + 100 paid in 2006 (before its incident year,
 * so d = 0); B1 2007 5,000. The recovery of A1 is not deducted. Reserves standing at the year ends 2005 / 2006 / 2007: A1
 * treatment 2,000 / 1,000 / 0 (set to 0 in 2007), non-pecuniary 3,000 / 2,500 / 2,500; A2 – / 3,000 (of the two set on
 * 2006-01-20 the later row) / 1,000 (its 0 of 2008 comes after); A3 – / 800 / 800; A4 – / – / 700; B1 – / 10,000 /
 * 2,000. Received: A1 2005, A2 2006 (a year after its incident), A3, B1 2006, A4 2007; A5 (incident 2006) only in 2008.
 *
 * <pre>
 * insurer A, as at 2007
 * paid      2005   1,000.00   3,500.00   5,000.00   factors 3.5000 (3500/1000)  1.4286 (5000/3500)   ult. 5,000.00
 *           2006     600.00   1,000.00              factor  1.6667 (1000/600)                        ult. 1,428.60
 *           2007     400.00                                                                          ult. 1,607.18
 *           f        2.8125 (4500/1600)  1.4286 (5000/3500)    2007: 400 × 2.8125 × 1.4286 = 1,607.175
 * incurred  2005   6,000.00  10,000.00   8,500.00   factors 1.6667  0.8500                           ult. 8,500.00
 *           2006   1,400.00   1,800.00              factor  1.2857 (1800/1400)                       ult. 1,530.00
 *           2007   1,100.00                                                                          ult. 1,490.95
 *           f        1.5946 (11800/7400)  0.8500 (8500/10000)  2007: 1100 × 1.5946 × 0.85 = 1,490.951
 * reported  2005   1  2  2      factors 2.0000  1.0000       ult. 2.00
 *           2006   1  1         factor  1.0000               ult. 1.00
 *           2007   1                                         ult. 1.50
 *           f      1.5000 (3/2)  1.0000
 *
 * all insurers (A and B), as at 2007: 2005 as A's; 2006 adds B1
 * paid      2006     600.00   6,000.00              factor 10.0000                                   ult. 8,571.60
 *           2007     400.00                                                                          ult. 3,392.93
 *           f        5.9375 (9500/1600)  1.4286                400 × 5.9375 × 1.4286 = 3,392.925, half up
 * incurred  2006  11,400.00   8,800.00              factor  0.7719 (8800/11400)                      ult. 7,480.00
 *           2007   1,100.00                                                                          ult. 1,010.27
 *           f        1.0805 (18800/17400)  0.8500              1100 × 1.0805 × 0.85 = 1,010.2675
 * reported  2006   2  2         factor  1.0000               ult. 2.00
 *           2007   1                                         ult. 1.33
 *           f      1.3333 (4/3)  1.0000
 *
 * insurer B, as at 2007
 * paid      2006       0.00   5,000.00   factor – (from 0)   f0 none (5000/0)   ult. 5,000.00 (missing factors count as 1)
 * incurred  2006  10,000.00   7,000.00   factor 0.7000       f0 0.7000          ult. 7,000.00; 2007: 0 × 0.7 = 0.00
 *
 * insurer A, as at 2008 (rows 1999–2008): A1's 200 paid and A2's reserve set to 0 in 2008, A5 received in 2008
 * paid      2005   1,000.00   3,500.00   5,000.00   5,200.00                                         ult. 5,200.00
 *           2006     600.00   1,000.00   1,000.00                                                    ult. 1,040.00
 *           2007     400.00     400.00                                                               ult.   554.65
 *           2008       0.00                                                                          ult.     0.00
 *           f        2.4500 (4900/2000)  1.3333 (6000/4500)  1.0400 (5200/5000)   400 × 1.3333 × 1.04 = 554.6528
 * incurred  2005   6,000.00  10,000.00   8,500.00   7,700.00 (5,200 + non-pecuniary 2,500)
 * reported  2006   1  1  2
 * </pre>
 */
@QuarkusTest
@ActingAsTerviseametAnalyst
class TriangleQueriesTest {

    @Inject
    TriangleQueries queries;

    @Inject
    TriangleFixture fixture;

    @BeforeEach
    void theFixedRegister() {
        fixture.seed();
    }

    private Map<Measure, Triangle> asAt(int year, String insurer) {
        return queries.triangles(year, insurer, EnumSet.allOf(Measure.class));
    }

    /** Rows from {@code from} on as "2005: 1000.00 3500.00 | 3.5000 1.4286 | 5000.00": cells, factors, ultimate. */
    private static List<String> rows(Triangle triangle, int from) {
        return triangle.rows().stream().filter(row -> row.incidentYear() >= from)
                .map(row -> row.incidentYear() + ": " + text(row.values()) + " | " + text(row.factors()) + " | "
                        + row.ultimate().toPlainString())
                .toList();
    }

    private static final String NONE_AFTER_F1 = " – – – – – – –";

    @Test
    void insurerAAsAt2007() {
        Map<Measure, Triangle> a = asAt(2007, TriangleFixture.A);
        assertEquals(List.of("2005: 1000.00 3500.00 5000.00 | 3.5000 1.4286 | 5000.00",
                "2006: 600.00 1000.00 | 1.6667 | 1428.60", "2007: 400.00 |  | 1607.18"), rows(a.get(Measure.PAID), 2005));
        assertEquals("2.8125 1.4286" + NONE_AFTER_F1, text(a.get(Measure.PAID).factors()));
        assertEquals(List.of("2005: 6000.00 10000.00 8500.00 | 1.6667 0.8500 | 8500.00",
                "2006: 1400.00 1800.00 | 1.2857 | 1530.00", "2007: 1100.00 |  | 1490.95"), rows(a.get(Measure.INCURRED), 2005));
        assertEquals("1.5946 0.8500" + NONE_AFTER_F1, text(a.get(Measure.INCURRED).factors()));
        assertEquals(List.of("2005: 1 2 2 | 2.0000 1.0000 | 2.00", "2006: 1 1 | 1.0000 | 1.00", "2007: 1 |  | 1.50"),
                rows(a.get(Measure.REPORTED), 2005));
        assertEquals("1.5000 1.0000" + NONE_AFTER_F1, text(a.get(Measure.REPORTED).factors()));
    }

    @Test
    void allInsurersAsAt2007() {
        Map<Measure, Triangle> all = asAt(2007, null);
        assertEquals(List.of("2005: 1000.00 3500.00 5000.00 | 3.5000 1.4286 | 5000.00",
                "2006: 600.00 6000.00 | 10.0000 | 8571.60", "2007: 400.00 |  | 3392.93"), rows(all.get(Measure.PAID), 2005));
        assertEquals("5.9375 1.4286" + NONE_AFTER_F1, text(all.get(Measure.PAID).factors()));
        assertEquals(List.of("2005: 6000.00 10000.00 8500.00 | 1.6667 0.8500 | 8500.00",
                "2006: 11400.00 8800.00 | 0.7719 | 7480.00", "2007: 1100.00 |  | 1010.27"),
                rows(all.get(Measure.INCURRED), 2005));
        assertEquals("1.0805 0.8500" + NONE_AFTER_F1, text(all.get(Measure.INCURRED).factors()));
        assertEquals(List.of("2005: 1 2 2 | 2.0000 1.0000 | 2.00", "2006: 2 2 | 1.0000 | 2.00", "2007: 1 |  | 1.33"),
                rows(all.get(Measure.REPORTED), 2005));
        assertEquals("1.3333 1.0000" + NONE_AFTER_F1, text(all.get(Measure.REPORTED).factors()));
        // the years before hold nothing: no other claim of 1998–2004 in the register
        for (Triangle triangle : all.values()) {
            assertEquals(1998, triangle.rows().get(0).incidentYear());
            triangle.rows().stream().filter(row -> row.incidentYear() < 2005).forEach(row -> {
                assertTrue(row.values().stream().allMatch(v -> v.signum() == 0), row.toString());
                assertEquals(0, row.ultimate().signum(), row.toString());
            });
        }
    }

    @Test
    void insurerBAloneHasNoAverageFromZero() {
        Map<Measure, Triangle> b = asAt(2007, TriangleFixture.B);
        assertEquals(List.of("2006: 0.00 5000.00 | – | 5000.00", "2007: 0.00 |  | 0.00"), rows(b.get(Measure.PAID), 2006));
        assertEquals("–" + " –".repeat(8), text(b.get(Measure.PAID).factors()));
        assertEquals(List.of("2006: 10000.00 7000.00 | 0.7000 | 7000.00", "2007: 0.00 |  | 0.00"),
                rows(b.get(Measure.INCURRED), 2006));
        assertEquals(List.of("2006: 1 1 | 1.0000 | 1.00", "2007: 0 |  | 0.00"), rows(b.get(Measure.REPORTED), 2006));
    }

    @Test
    void insurerAAsAt2008TakesInTheYearAfter() {
        Map<Measure, Triangle> a = asAt(2008, TriangleFixture.A);
        Triangle paid = a.get(Measure.PAID);
        assertEquals(1999, paid.rows().get(0).incidentYear());
        assertEquals(List.of("2005: 1000.00 3500.00 5000.00 5200.00 | 3.5000 1.4286 1.0400 | 5200.00",
                "2006: 600.00 1000.00 1000.00 | 1.6667 1.0000 | 1040.00", "2007: 400.00 400.00 | 1.0000 | 554.65",
                "2008: 0.00 |  | 0.00"), rows(paid, 2005));
        assertEquals("2.4500 1.3333 1.0400 – – – – – –", text(paid.factors()));
        assertEquals("6000.00 10000.00 8500.00 7700.00", text(a.get(Measure.INCURRED).rows().get(6).values()));
        assertEquals("1 1 2", text(a.get(Measure.REPORTED).rows().get(7).values()));
    }

    @Test
    void onlyTheMeasuresAskedForAreWorkedOut() {
        Map<Measure, Triangle> reported = queries.triangles(2007, TriangleFixture.A, EnumSet.of(Measure.REPORTED));
        assertEquals(EnumSet.of(Measure.REPORTED), reported.keySet());
        Map<Measure, Triangle> incurred = queries.triangles(2007, TriangleFixture.A, EnumSet.of(Measure.INCURRED));
        assertEquals(List.of("2005: 6000.00 10000.00 8500.00 | 1.6667 0.8500 | 8500.00",
                "2006: 1400.00 1800.00 | 1.2857 | 1530.00", "2007: 1100.00 |  | 1490.95"),
                rows(incurred.get(Measure.INCURRED), 2005));
    }

    /** Row-level security decides what is summed: naming another insurer widens nothing. */
    @Test
    @ActingAsPohjalaStaff
    void anInsurersConnectionSeesNoOtherInsurersClaims() {
        Map<Measure, Triangle> a = asAt(2007, TriangleFixture.A);
        for (Triangle triangle : a.values()) {
            triangle.rows().forEach(row -> assertEquals(0, row.latest().signum(), row.toString()));
        }
        assertTrue(queries.firstIncidentYear().orElse(9999) > 2008, "Põhjala's first incident is its own");
    }
}
