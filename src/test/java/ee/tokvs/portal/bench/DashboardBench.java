package ee.tokvs.portal.bench;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.dashboard.DashboardFilter;
import ee.tokvs.portal.dashboard.DashboardQueries;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./portal bench dashboards}: the demo generator's register at 1,000,000 claims, then each dashboard view
 * requested repeatedly over HTTP (median and p95) next to the time of its SQL alone (every query of the view, run
 * directly one after another, where the page runs them side by side). Asserts only that the pages answer, never how
 * fast.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(DashboardBenchProfile.class)
@ActingAsTerviseametAnalyst
class DashboardBench {

    private static final int REPEAT = Integer.getInteger("bench.repeat", 10);
    /** A page may take long at scale: that is what is measured, so the client waits up to ten minutes. */
    private static final RestAssuredConfig PATIENT = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000)
                    .setParam("http.connection.timeout", 60_000));

    @Inject
    DashboardQueries queries;

    @Inject
    RegisterFixtures fixtures;

    @ConfigProperty(name = "tokvs.dashboard.parallel-queries")
    int parallel;

    @Test
    void dashboardViews() {
        LocalDate today = LocalDate.now();
        Map<String, String> views = new LinkedHashMap<>();
        views.put("default (3 years, by incident date, per year)", "");
        views.put("by receipt date, per month", "basis=RECEIVED&grain=MONTH");
        views.put("one insurer, severity V", "insurer=" + DemoData.POHJALA + "&severity=V");
        views.put("surgery, per quarter", "specialty=GENERAL_SURGERY&grain=QUARTER");
        long claims = fixtures.count("*", "select count(*) from claim");

        BenchReport report = new BenchReport("dashboards")
                .line("claims in the register:   %,d (demo generator)", claims)
                .line("page: its queries side by side (%d at most); SQL alone: the same queries one after another",
                        parallel)
                .line("%-48s %10s %10s %12s", "view", "median ms", "p95 ms", "SQL alone ms");
        for (var view : views.entrySet()) {
            String url = "/dashboards" + (view.getValue().isEmpty() ? "" : "?" + view.getValue());
            assertEquals(200, given().config(PATIENT).get(url).statusCode(), url);
            long[] times = new long[REPEAT];
            for (int i = 0; i < REPEAT; i++) {
                long started = System.nanoTime();
                given().config(PATIENT).get(url).then().statusCode(200);
                times[i] = (System.nanoTime() - started) / 1_000_000;
            }
            Arrays.sort(times);
            Map<String, String> params = parse(view.getValue());
            DashboardFilter filter = DashboardFilter.of(params::get, today);
            long started = System.nanoTime();
            sqlOfTheView(filter, today);
            long sql = (System.nanoTime() - started) / 1_000_000;
            report.line("%-48s %10d %10d %12d", view.getKey(), times[REPEAT / 2], times[(int) Math.ceil(REPEAT * 0.95) - 1], sql);
        }
        report.write();
    }

    /** Every query the page runs for this filter, as the page runs them. */
    private void sqlOfTheView(DashboardFilter filter, LocalDate today) {
        queries.counts(filter);
        queries.money(filter);
        queries.outcomes(filter);
        queries.ratesByRiskProfile(filter);
        queries.compliance(filter);
        queries.complianceTrend(filter);
        queries.dataQuality(filter, today);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> parts = query.isEmpty() ? new ArrayList<>() : List.of(query.split("&"));
        for (String part : parts) {
            String[] kv = part.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        return params;
    }
}
