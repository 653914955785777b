package ee.tokvs.portal.bench;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.dashboard.DashboardFilter;
import ee.tokvs.portal.dashboard.DashboardQueries;
import ee.tokvs.portal.dashboard.Dashboards;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
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
 * {@code ./portal bench dashboards}: the demo generator's register at 1,000,000 claims, then each dashboard view (the
 * key figures and one section, as the page asks for them) requested repeatedly over HTTP (median and p95) next to the
 * time of its SQL alone (every query of the view, run directly one after another, where the page runs them side by
 * side). Asserts only that the pages answer, never how fast.
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

    @Inject
    DatabaseSessions sessions;

    @ConfigProperty(name = "tokvs.dashboard.parallel-queries")
    int parallel;

    @Test
    void dashboardViews() throws Exception {
        try (Connection owner = sessions.asOwner()) {
            DashboardBenchProfile.vacuumAfterBulkLoad(owner);
        }
        LocalDate today = LocalDate.now();
        Map<String, String> views = new LinkedHashMap<>();
        for (Dashboards.Section section : Dashboards.Section.values()) {
            views.put(section.name().toLowerCase() + ": default (3 years)", "section=" + section.name());
        }
        views.put("trends: by receipt, per month", "section=TRENDS&basis=RECEIVED&grain=MONTH");
        views.put("breakdowns: surgery group, V+VI, per quarter",
                "section=BREAKDOWNS&specialtyGroup=SURGICAL&severity=V&severity=VI&grain=QUARTER");
        views.put("money: one insurer, severity V", "section=MONEY&insurer=" + DemoData.POHJALA + "&severity=V");
        views.put("outcomes: last 12 months (cut months)", "section=OUTCOMES&period=LAST_12_MONTHS");
        views.put("data quality: surgery, 2025-03-15..2026-02-10",
                "section=DATA_QUALITY&specialtyGroup=SURGICAL&from=2025-03-15&to=2026-02-10");
        long claims = fixtures.count("*", "select count(*) from claim");
        long cells = fixtures.count("*", "select count(*) from dash_cube");

        BenchReport report = new BenchReport("dashboards")
                .line("claims in the register:   %,d (demo generator); monthly cells (both date bases): %,d", claims, cells)
                .line("a view: the key figures and one section, one HTTP request, its queries side by side (%d at most);",
                        parallel)
                .line("SQL alone: the same queries one after another, straight on the database; %d requests per view",
                        REPEAT)
                .line("%-52s %10s %10s %12s", "view", "median ms", "p95 ms", "SQL alone ms");
        for (var view : views.entrySet()) {
            String url = "/dashboards?" + view.getValue();
            assertEquals(200, given().config(PATIENT).get(url).statusCode(), url);
            long[] times = new long[REPEAT];
            for (int i = 0; i < REPEAT; i++) {
                long started = System.nanoTime();
                given().config(PATIENT).get(url).then().statusCode(200);
                times[i] = (System.nanoTime() - started) / 1_000_000;
            }
            Arrays.sort(times);
            Map<String, List<String>> params = parse(view.getValue());
            DashboardFilter filter = DashboardFilter.read(params::get, today, unreadable -> { });
            Dashboards.Section section = Dashboards.Section.of(params.get("section").get(0));
            long started = System.nanoTime();
            sqlOfTheView(filter, section, today);
            long sql = (System.nanoTime() - started) / 1_000_000;
            report.line("%-52s %10d %10d %12d", view.getKey(), times[REPEAT / 2],
                    times[(int) Math.ceil(REPEAT * 0.95) - 1], sql);
        }
        report.write();
    }

    /** Every query the page runs for this filter and section, as the page runs them. */
    private void sqlOfTheView(DashboardFilter filter, Dashboards.Section section, LocalDate today) {
        queries.keyFigures(filter);
        switch (section) {
            case TRENDS -> {
                queries.overTime(filter);
                queries.complianceTrend(filter);
            }
            case BREAKDOWNS -> {
                queries.byDimension(filter);
                queries.ratesByRiskProfile(filter);
            }
            case MONEY -> queries.money(filter);
            case OUTCOMES -> queries.outcomes(filter);
            case COMPLIANCE -> {
                queries.compliance(filter);
                queries.complianceTrend(filter);
            }
            case DATA_QUALITY -> queries.dataQuality(filter, today);
        }
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String part : query.split("&")) {
            String[] kv = part.split("=", 2);
            params.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        return params;
    }
}
