package ee.tokvs.portal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Terviseamet's analytical reads take turns ({@link DashboardExecutor}, one at a time here as by default): a triangles
 * view asked for while another analytical read runs waits for it, and then answers in full. The metrics say how many
 * run and how many wait.
 */
@QuarkusTest
class AnalyticalReadsTest {

    @Inject
    DashboardExecutor reads;

    @Test
    @ActingAsTerviseametAnalyst
    void aTrianglesViewWaitsItsTurnBehindAnotherAnalyticalRead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        CompletableFuture<Boolean> holding;
        try {
            holding = reads.supplyAsync(() -> {
                try {
                    release.await();
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
        } finally {
            request.terminate();
        }
        Waiting.until("the first read running", () -> reads.running() == 1);
        CompletableFuture<String> triangles = CompletableFuture.supplyAsync(
                () -> given().get("/dashboards/triangles").then().statusCode(200).extract().asString());
        Waiting.until("the triangles' read waiting for its turn, or the page answered without waiting",
                () -> reads.waiting() == 1 || triangles.isDone());
        assertFalse(triangles.isDone(), "the page waits for its read");
        assertEquals(1, reads.running(), "one read at a time");
        assertTrue(given().get("/q/metrics").then().statusCode(200).extract().asString()
                .contains("tokvs_analytical_reads_waiting 1.0"), "the metrics show the read waiting");

        release.countDown();
        assertTrue(holding.get());
        String page = triangles.get();
        assertTrue(page.contains("data-testid=\"triangle-summary\""), "the triangles, once their turn came");
        Waiting.until("both reads ended", () -> reads.running() == 0 && reads.waiting() == 0);
    }
}
