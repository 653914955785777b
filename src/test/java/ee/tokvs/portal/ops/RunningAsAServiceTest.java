package ee.tokvs.portal.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.api.ApiCalls;
import ee.tokvs.portal.audit.SubmissionMetrics;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.DatabaseOutage;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.LogWatch;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.SystemClients;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal as a service's operators see it (issue #19, 1): metrics without a login, the portal's own among them and
 * right; readiness that follows PostgreSQL (down while it refuses connections, up when it is back) while liveness
 * stays up; and every request's id in its answer and in what is logged while it runs.
 */
@QuarkusTest
class RunningAsAServiceTest {

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    SubmissionMetrics submissionMetrics;

    @Inject
    DatabaseSessions sessions;

    @Test
    void theMetricsNeedNoLoginAndSayWhatTheRegisterHolds() {
        register.claim(DemoData.POHJALA);
        submissionMetrics.refresh();
        String token = SystemClients.POHJALA.token();
        given().auth().oauth2(token).get("/api/v1/contracts/NO-SUCH-CONTRACT").then().statusCode(404);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        long inTheRegister = fixtures.count("*", "select count(*) from submission_event where insurer_code = ?",
                DemoData.POHJALA);
        assertEquals(inTheRegister, value(metrics, "tokvs_register_submissions\\{insurer=\"" + DemoData.POHJALA + "\"}"));
        long late = fixtures.count("*", "select count(*) from submission_event where insurer_code = ? and late",
                DemoData.POHJALA);
        assertEquals(late, value(metrics, "tokvs_register_submissions_late\\{insurer=\"" + DemoData.POHJALA + "\"}"));
        assertTrue(value(metrics, "tokvs_api_calls_total\\{client=\"pohjala-system\",operation=\"[a-zA-Z]+\",status=\"404\"}")
                >= 1, metrics);
        for (String standard : List.of("http_server_requests_seconds_count", "jvm_memory_used_bytes",
                "agroal_active_count")) {
            assertTrue(metrics.contains(standard), standard + " in\n" + metrics);
        }
    }

    @Test
    void readinessFollowsPostgreSqlAndLivenessDoesNot() throws SQLException {
        assertEquals(200, status("/q/health/ready"));
        try (Connection owner = sessions.asOwner(); Connection watcher = sessions.asPortal(null);
                DatabaseOutage outage = DatabaseOutage.begin(owner, watcher)) {
            Waiting.until("readiness to say the database is gone", () -> status("/q/health/ready") == 503);
            assertEquals(200, status("/q/health/live"), "liveness asks nothing outside the process");
            outage.end();
            Waiting.until("readiness to say the database is back", () -> status("/q/health/ready") == 200);
        }
    }

    @Test
    void everyRequestHasAnIdInItsAnswerAndInItsLogLines() {
        try (LogWatch log = LogWatch.on(ApiCalls.class)) {
            String token = SystemClients.POHJALA.token();
            // a write the rules refuse: logged as the API's call, then answered 422
            String sent = given().auth().oauth2(token).header("X-Request-Id", "trace-4711")
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).contentType("application/json")
                    .body("{}").post("/api/v1/contracts/" + RegisterFixtures.unique("RID")).then().statusCode(422)
                    .extract().header("X-Request-Id");
            assertEquals("trace-4711", sent);
            Waiting.until("the call's log line with its request id", () -> log.lines().stream()
                    .anyMatch(line -> "trace-4711".equals(line.context().get("requestId"))));

            String made = given().header("X-Request-Id", "not a plain {id}").get("/rules").then().statusCode(200)
                    .extract().header("X-Request-Id");
            assertTrue(made.matches("[0-9a-f-]{36}"), made);
            assertNotEquals(made, given().get("/rules").then().extract().header("X-Request-Id"));
        }
    }

    private static int status(String path) {
        return given().get(path).then().extract().statusCode();
    }

    private static long value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + series + " ([0-9.E+]+)$").matcher(metrics);
        assertTrue(line.find(), series + " in\n" + metrics);
        return (long) Double.parseDouble(line.group(1));
    }
}
