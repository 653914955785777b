package ee.tokvs.portal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.statistics.PublishedStatistics;
import ee.tokvs.portal.statistics.StatisticsPublisher;
import ee.tokvs.portal.testdata.DatabaseSessions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./portal bench statistics}: the open statistics under public traffic, on the register of the dashboards'
 * benchmark (1,000,000 claims, generated if the database lacks it). How long one publication takes (the function
 * over the cube, suppression, rounding, storing), then requests per second for the page, the page revalidated with
 * its ETag (a browser's reload), and the JSON file, by 1, 8 and 32 clients at once for a few seconds each, with how
 * often the database was read meanwhile. Asserts only that every response was right, never how fast.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(DashboardBenchProfile.class)
class StatisticsBench {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final long SECONDS = Long.getLong("bench.seconds", 8);

    @Inject
    StatisticsPublisher publisher;

    @Inject
    PublishedStatistics statistics;

    @Inject
    DatabaseSessions sessions;

    @TestHTTPResource("/statistika")
    URL page;

    @Test
    void publicTraffic() throws Exception {
        try (Connection owner = sessions.asOwner()) {
            DashboardBenchProfile.vacuumAfterBulkLoad(owner);
        }
        long[] publish = new long[5];
        for (int i = 0; i < publish.length; i++) {
            long started = System.nanoTime();
            publisher.publish(true);
            publish[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(publish);
        statistics.latest();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String tag = http.send(HttpRequest.newBuilder(page.toURI()).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();
        BenchReport report = new BenchReport("statistics")
                .line("one publication (function over the cube, suppression, rounding, stored): median %d ms of %d",
                        publish[publish.length / 2], publish.length)
                .line("%-36s %8s %12s %10s %10s %14s", "request", "clients", "requests/s", "p50 ms", "p95 ms",
                        "database reads");
        record Kind(String name, URI uri, String ifNoneMatch, int status) {
        }
        List<Kind> kinds = List.of(new Kind("page", page.toURI(), null, 200),
                new Kind("page, revalidated (304)", page.toURI(), tag, 304),
                new Kind("JSON file", URI.create(page + "/statistika.json"), null, 200));
        for (Kind kind : kinds) {
            for (int clients : CLIENTS) {
                long readsBefore = statistics.reads();
                List<Long> times = new ArrayList<>();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long end = System.nanoTime() + SECONDS * 1_000_000_000L;
                List<Future<List<Long>>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    futures.add(pool.submit(() -> {
                        List<Long> own = new ArrayList<>();
                        HttpRequest.Builder request = HttpRequest.newBuilder(kind.uri());
                        if (kind.ifNoneMatch() != null) {
                            request.header("If-None-Match", kind.ifNoneMatch());
                        }
                        while (System.nanoTime() < end) {
                            long started = System.nanoTime();
                            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                            assertEquals(kind.status(), response.statusCode(), kind.name());
                            own.add((System.nanoTime() - started) / 1_000);
                        }
                        return own;
                    }));
                }
                for (Future<List<Long>> future : futures) {
                    times.addAll(future.get());
                }
                pool.shutdown();
                times.sort(null);
                report.line("%-36s %8d %12.0f %10.1f %10.1f %14d", kind.name(), clients, times.size() / (double) SECONDS,
                        times.get(times.size() / 2) / 1000.0, times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1000.0,
                        statistics.reads() - readsBefore);
            }
        }
        report.write();
    }
}
