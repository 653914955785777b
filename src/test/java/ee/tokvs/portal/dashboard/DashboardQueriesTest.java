package ee.tokvs.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.dashboard.DashboardQueries.Dimension;
import ee.tokvs.portal.dashboard.DashboardQueries.Line;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.DashboardFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every dashboard figure over DashboardFixture's small register equals what was worked out by hand there. */
@QuarkusTest
@ActingAsTerviseametAnalyst
class DashboardQueriesTest {

    @Inject
    DashboardQueries queries;

    @Inject
    DashboardFixture fixture;

    @BeforeEach
    void theFixedRegister() {
        fixture.seed();
    }

    static DashboardFilter filter(String... params) {
        Map<String, String> map = new java.util.HashMap<>(Map.of("from", "2015-01-01", "to", "2016-12-31"));
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return DashboardFilter.of(map::get, LocalDate.of(2026, 11, 23));
    }

    /** A filter over 2015–2016 unless given, each parameter as often as it comes (several values of one filter). */
    static DashboardFilter filters(String... params) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        map.put("from", List.of("2015-01-01"));
        map.put("to", List.of("2016-12-31"));
        for (int i = 0; i < params.length; i += 2) {
            String name = params[i];
            List<String> values = new java.util.ArrayList<>(name.equals("from") || name.equals("to") ? List.of()
                    : map.getOrDefault(name, List.of()));
            values.add(params[i + 1]);
            map.put(name, values);
        }
        return DashboardFilter.read(map::get, LocalDate.of(2026, 11, 23), unreadable -> { });
    }

    /** Lines as "code: v1 v2 …", numbers in plain notation, for comparing with the worked-out figures. */
    static List<String> text(List<Line> lines) {
        return lines.stream().map(DashboardQueriesTest::text).toList();
    }

    static String text(Line line) {
        return line.code() + ": " + line.values().stream()
                .map(v -> v == null ? "-" : v.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(" "));
    }

    @Test
    void theTrendsAloneAndTheBreakdownsAloneAreTheirPartsOfTheWhole() {
        DashboardFilter filter = filter("severity", "V");
        Map<String, List<Line>> whole = queries.counts(filter);
        assertEquals(whole.get(DashboardQueries.OVER_TIME), queries.overTime(filter).get(DashboardQueries.OVER_TIME));
        assertEquals(java.util.Set.of(DashboardQueries.OVER_TIME), queries.overTime(filter).keySet());
        Map<String, List<Line>> byDimension = queries.byDimension(filter);
        for (Dimension dimension : Dimension.values()) {
            assertEquals(whole.get(dimension.name()), byDimension.get(dimension.name()), dimension.name());
        }
        assertEquals(false, byDimension.containsKey(DashboardQueries.OVER_TIME));
        assertEquals(false, whole.get(DashboardQueries.OVER_TIME).isEmpty(), "the fixture has periods to compare");
    }

    /**
     * A filter that chooses one dimension at most reads the cube's sums by dimension (V21); the same filter with every
     * incident type (and every severity, if it chose none) reads the full cube: every figure is the same, over whole
     * months and cut ones, by either date, for one insurer, for a severity and for a specialty group.
     */
    @Test
    void theSumsByDimensionGiveWhatTheFullCubeGives() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        for (String[] params : List.of(new String[] {}, new String[] {"insurer", DemoData.POHJALA},
                new String[] {"from", "2015-03-10", "to", "2016-05-19"}, new String[] {"basis", "RECEIVED"},
                new String[] {"severity", "VI"}, new String[] {"specialtyGroup", "SURGICAL"})) {
            DashboardFilter sums = filters(params);
            List<String> every = new java.util.ArrayList<>(List.of(params));
            for (String type : List.of("DIAGNOSIS_OR_TREATMENT_ERROR", "INFECTION", "TRANSPORT", "DEVICE_FAILURE",
                    "MEDICINE_ERROR", "DOCUMENTATION_ERROR", "ORGANISATIONAL_DUTY_BREACH", "BEING_SPECIFIED", "OTHER")) {
                every.addAll(List.of("incidentType", type));
            }
            if (!every.contains("severity")) {
                for (String severity : List.of("I", "II", "III", "IV", "V", "VI", "PENDING")) {
                    every.addAll(List.of("severity", severity));
                }
            }
            DashboardFilter cube = filters(every.toArray(String[]::new));
            String label = String.join(" ", params);
            assertEquals(true, CubeSlices.chosenDimensions(sums).size() <= 1
                    && CubeSlices.chosenDimensions(cube).size() > 1, label);
            Map<String, Line> key = queries.keyFigures(sums);
            assertEquals(queries.keyFigures(cube), key, label);
            assertEquals(queries.overTime(cube), queries.overTime(sums), label);
            assertEquals(queries.byDimension(cube), queries.byDimension(sums), label);
            assertEquals(queries.outcomes(cube), queries.outcomes(sums), label);
            assertEquals(queries.dataQuality(cube, today), queries.dataQuality(sums, today), label);
            assertEquals(queries.ratesByRiskProfile(cube), queries.ratesByRiskProfile(sums), label);
            assertEquals(true, key.get("cur").values().get(0).signum() > 0, "the fixture has claims in " + label);
        }
    }

    @Test
    void claimsOverTimeByIncidentDateAndByReceivedDate() {
        // columns: claims, insured events, severity V, severity VI
        assertEquals(List.of("2015: 2 1 0 1", "2016: 2 1 1 0"), text(overTime(filter())));
        assertEquals(List.of("2015: 1 1 0 1", "2016: 3 1 1 0"), text(overTime(filter("basis", "RECEIVED"))));
        assertEquals(List.of("2015-Q1: 1 1 0 1", "2015-Q4: 1 0 0 0", "2016-Q1: 1 0 0 0", "2016-Q2: 1 1 1 0"),
                text(overTime(filter("grain", "QUARTER"))));
        assertEquals(List.of("2015-04: 1 1 0 1", "2016-01: 1 0 0 0", "2016-02: 1 0 0 0", "2016-05: 1 1 1 0"),
                text(overTime(filter("grain", "MONTH", "basis", "RECEIVED"))));
    }

    @Test
    void breakdownsByEachDimensionAndFiltersThatNarrowThem() {
        assertEquals(List.of("INFECTION: 2 2 1 1", "BEING_SPECIFIED: 1 0 0 0", "DEVICE_FAILURE: 1 0 0 0"),
                text(breakdown(filter(), Dimension.INCIDENT_TYPE)));
        assertEquals(List.of("LARGE_HOSPITAL: 3 2 1 1", "DENTAL_CARE: 1 0 0 0"),
                text(breakdown(filter(), Dimension.RISK_PROFILE)));
        assertEquals(List.of(DemoData.POHJALA + ": 3 1 0 1", DemoData.LAANEMERE + ": 1 1 1 0"),
                text(breakdown(filter(), Dimension.INSURER)));
        assertEquals(List.of("V: 1 1 1 0", "VI: 1 1 0 1"),
                text(breakdown(filter("incidentType", "INFECTION"), Dimension.SEVERITY)));
        assertEquals(List.of("DENTAL_CARE: 1 0 0 0"),
                text(breakdown(filter("insurer", DemoData.POHJALA, "riskProfile", "DENTAL_CARE"), Dimension.RISK_PROFILE)));
        assertEquals(List.of(), text(breakdown(filter("to", "2015-03-09"), Dimension.SEVERITY)));
        // C2 has no specialty yet: its own row, with an empty code (the page labels it "—")
        assertEquals(List.of("GENERAL_SURGERY: 2 2 1 1", ": 1 0 0 0", "DENTISTRY: 1 0 0 0"),
                text(breakdown(filter(), Dimension.SPECIALTY)));
        // serious claims in surgery, year against year: 2015 one at VI, 2016 one at V
        assertEquals(List.of("2015: 1 1 0 1", "2016: 1 1 1 0"), text(overTime(filter("specialty", "GENERAL_SURGERY"))));
    }

    @Test
    void moneyIsPaidPlusTheLatestReserveAndRecoveriesKeepTheirSign() {
        // columns: paid, reserved, incurred; the latest reserve counts (100, not 300 + 100)
        assertEquals(List.of("NON_PECUNIARY: 20000 0 20000", "TREATMENT_COSTS: 1500 100 1600",
                "TEMPORARY_INCAPACITY: 0 700 700"), text(damage(filter())));
        // columns: received, outstanding (the latest, 250)
        assertEquals(List.of("DEDUCTIBLE: -200 0", "OTHER_INSURER: 0 250"), text(recoveries(filter())));
        assertEquals(List.of("TREATMENT_COSTS: 500 0 500", "TEMPORARY_INCAPACITY: 0 700 700"),
                text(damage(filter("insurer", DemoData.LAANEMERE))).stream()
                        .sorted((a, b) -> b.compareTo(a)).toList());
        // a filter of insurers alone reads the sums by type (V20), one of every severity the full cube: the same money
        DashboardFilter everySeverity = filters("severity", "I", "severity", "II", "severity", "III", "severity", "IV",
                "severity", "V", "severity", "VI", "severity", "PENDING");
        assertEquals(text(damage(filter())), text(damage(everySeverity)));
        assertEquals(text(recoveries(filter())), text(recoveries(everySeverity)));
        // C1 alone (severity VI): 1,000 and 20,000 paid, its latest reserve 100
        assertEquals(List.of("NON_PECUNIARY: 20000 0 20000", "TREATMENT_COSTS: 1000 100 1100"),
                text(damage(filter("severity", "VI"))));
    }

    @Test
    void outcomesShareOfInsuredEventsAndMedianDays() {
        // claims 4, decided 3, insured 2 of 3 = 66.7 %, days to decision 0, 15, 30 → 15; to finished 90, 30 → 60
        assertEquals("all: 4 3 66.7 15 60", text(queries.outcomes(filter())));
        assertEquals("all: 1 1 100 30 -", text(queries.outcomes(filter("insurer", DemoData.LAANEMERE))));
    }

    @Test
    void ratesPerThousandInsuredProviderYears() {
        // LARGE_HOSPITAL: 365 + 366 days = 2.0 years, 3 claims → 3000 × 365 / 731 = 1497.95
        // DENTAL_CARE: 366 days = 1.0 years, 1 claim → 365000 / 366 = 997.27
        assertEquals(List.of("DENTAL_CARE: 1 1 997.27", "LARGE_HOSPITAL: 2 3 1497.95"),
                text(queries.ratesByRiskProfile(filter())));
        // 2015 only: K1 365 days and K2's 184 days of 2015; claims C1, C2 (LARGE_HOSPITAL)
        assertEquals(List.of("DENTAL_CARE: 0.5 0 0", "LARGE_HOSPITAL: 1 2 2000"),
                text(queries.ratesByRiskProfile(filter("to", "2015-12-31"))));
    }

    @Test
    void complianceIsTheShareOfEventsWithinTheDeadlinePerInsurerAndMonth() {
        // columns: submissions, on time, late, on-time share
        assertEquals(List.of(DemoData.LAANEMERE + ": 2 1 1 50", DemoData.POHJALA + ": 4 3 1 75"),
                text(queries.compliance(filter())));
        assertEquals(List.of("2015-04: 1 1 0 100", "2016-01: 1 1 0 100", "2016-02: 2 1 1 50", "2016-05: 1 1 0 100",
                "2016-06: 1 0 1 0"), text(queries.complianceTrend(filter())));
    }

    @Test
    void dataQualityCountsWhatNeedsAttention() {
        // C2 is still being specified long after receipt, and open without a reserve (C4 has one)
        assertEquals(List.of("STILL_SPECIFIED: 1", "OPEN_WITHOUT_RESERVE: 1", "FINISHED_WITHOUT_DATE: 0",
                "UNKNOWN_POLICYHOLDER: 0"), text(queries.dataQuality(filter(), LocalDate.of(2026, 11, 23))));
        // 90 days after C2's receipt (2016-01-15) it is not yet overdue
        assertEquals("STILL_SPECIFIED: 0", text(queries.dataQuality(filter(), LocalDate.of(2016, 4, 13)).get(0)));
        assertEquals("STILL_SPECIFIED: 1", text(queries.dataQuality(filter(), LocalDate.of(2016, 4, 14)).get(0)));
    }

    @Test
    void keyFiguresAgainstThePreviousPeriodOfTheSameLength() {
        // 2016 H1 (182 days) against 2015-07-03 – 2015-12-31. Columns: claims, insured, serious (V–VI), paid,
        // incurred, on-time share, late. Now: C3, C4 (V, insured; paid 500, reserve 700); submissions on 2016-01-15,
        // 02-10, 02-25 (late), 05-20, 06-19 (late). Before: C2 only, no submissions.
        Map<String, Line> key = queries.keyFigures(filters("from", "2016-01-01", "to", "2016-06-30"));
        assertEquals("cur: 2 1 1 500 1200 60 2", text(key.get("cur")));
        assertEquals("prev: 1 0 0 0 0 - 0", text(key.get("prev")));
    }

    @Test
    void periodsThatCutMonthsCountTheirDaysExactly() {
        // the whole months come from the cells, the days at either end claim by claim
        assertEquals(4, total(filters("from", "2015-03-10", "to", "2016-05-05")));
        assertEquals(2, total(filters("from", "2015-03-11", "to", "2016-05-04")));
        assertEquals(1, total(filters("from", "2015-11-20", "to", "2015-11-20")));
        assertEquals(1, total(filters("from", "2016-02-01", "to", "2016-02-29")));
        // by receipt: C1 on 2015-04-01 and C2 on 2016-01-15
        assertEquals(2, total(filters("from", "2015-03-15", "to", "2016-01-20", "basis", "RECEIVED")));
    }

    private long total(DashboardFilter filter) {
        return overTime(filter).stream().mapToLong(l -> l.values().get(0).longValue()).sum();
    }

    @Test
    void severalValuesOfAFilterAndSpecialtyGroups() {
        // surgery (the group) at severity V or VI: C1 (VI, 2015) and C4 (V, 2016)
        assertEquals(List.of("2015: 1 1 0 1", "2016: 1 1 1 0"),
                text(overTime(filters("specialtyGroup", "SURGICAL", "severity", "V", "severity", "VI"))));
        assertEquals(List.of("SURGICAL: 2 2 1 1", ": 1 0 0 0", "PRIMARY_OTHER: 1 0 0 0"),
                text(breakdown(filters(), Dimension.SPECIALTY_GROUP)));
        assertEquals(List.of("DEVICE_FAILURE: 1 0 0 0", "INFECTION: 1 1 1 0"),
                text(breakdown(filters("severity", "II", "severity", "V"), Dimension.INCIDENT_TYPE)));
        // a specialty and a group are alternatives: dentistry, or any surgical specialty
        assertEquals(3, total(filters("specialty", "DENTISTRY", "specialtyGroup", "SURGICAL")));
    }

    @Test
    void moneyOverTimeIsPaidReservedAndIncurredPerPeriod() {
        assertEquals(List.of("2015: 21000 100 21100", "2016: 500 700 1200"),
                text(queries.counts(filters()).get(DashboardQueries.OVER_TIME).stream()
                        .map(l -> new Line(l.code(), l.values().subList(4, 7))).toList()));
    }

    @Test
    void mediansFollowThePeriodAndInsurersOnly() {
        // severity V is C4 alone, decided; the medians stay those of every claim in the period (15 and 60 days)
        assertEquals("all: 1 1 100 15 60", text(queries.outcomes(filters("severity", "V"))));
    }

    private List<Line> overTime(DashboardFilter filter) {
        return queries.counts(filter).get(DashboardQueries.OVER_TIME).stream()
                .map(l -> new Line(l.code(), l.values().subList(0, 4))).toList();
    }

    private List<Line> breakdown(DashboardFilter filter, Dimension dimension) {
        return queries.counts(filter).get(dimension.name());
    }

    private List<Line> damage(DashboardFilter filter) {
        return queries.money(filter).get(DashboardQueries.DAMAGE);
    }

    private List<Line> recoveries(DashboardFilter filter) {
        return queries.money(filter).get(DashboardQueries.RECOVERY);
    }
}
