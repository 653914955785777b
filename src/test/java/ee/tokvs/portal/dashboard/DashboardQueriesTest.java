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
        assertEquals(List.of(DemoData.LAANEMERE + ": 2 1 50", DemoData.POHJALA + ": 4 3 75"),
                text(queries.compliance(filter())));
        assertEquals(List.of("2015-04: 1 1 100", "2016-01: 1 1 100", "2016-02: 2 1 50", "2016-05: 1 1 100",
                "2016-06: 1 0 0"), text(queries.complianceTrend(filter())));
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

    private List<Line> overTime(DashboardFilter filter) {
        return queries.counts(filter).get(DashboardQueries.OVER_TIME);
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
