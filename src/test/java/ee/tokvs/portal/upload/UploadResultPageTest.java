package ee.tokvs.portal.upload;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload's result page shows what the upload really is, read while its job may be ending: never "interrupted"
 * for a job that is alive or has just finished, and it keeps polling until the upload is final.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class UploadResultPageTest {

    @Inject
    UploadService uploads;

    @Inject
    UploadProgress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Inject
    AgroalDataSource dataSource;

    @TempDir
    Path dir;

    /**
     * The race seen as a false "interrupted, nothing saved" after 1 upload in 6, driven step by step: the page
     * reads the upload while its job runs, and is held (by a lock on the problems' table) until the job has ended.
     */
    @Test
    void aPageReadWhileItsUploadEndsShowsTheUploadsRealStateAndKeepsPolling() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        Path file = UploadFiles.claims()
                .claim(RegisterFixtures.unique("URN"), contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);
        try (HeldUploadLock queue = HeldUploadLock.of(dataSource, DemoData.POHJALA);
                Connection problems = dataSource.getConnection()) {
            problems.setAutoCommit(false);
            try {
                Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, "race.csv", false, true);
                Waiting.until("the job to wait for the insurer's upload lock", () -> status(upload.id).equals("RUNNING")
                        && waiting("advisory") && progress.here(upload.id).isPresent());

                run(problems, "lock table upload_problem in access exclusive mode");
                CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> given()
                        .when().get("/uploads/" + upload.id).then().statusCode(200).extract().asString());
                Waiting.until("the page to wait for the problems' table", () -> waiting("relation") || page.isDone());

                queue.release();
                Waiting.until("the job to end", () -> progress.here(upload.id).isEmpty());
                assertEquals("DONE", status(upload.id));
                problems.rollback();

                String html = page.get(Waiting.PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertFalse(html.contains("data-testid=\"upload-interrupted\""), html);
                assertTrue(html.contains("hx-get=\"/uploads/" + upload.id + "/status\""), "the page keeps polling: " + html);

                Response status = given().when().get("/uploads/" + upload.id + "/status");
                assertEquals(200, status.statusCode());
                assertTrue(status.asString().contains("data-testid=\"upload-summary\""), status.asString());
                assertEquals("true", status.header("HX-Refresh"), "a final state reloads the whole page");
            } finally {
                problems.rollback();
            }
        }
    }

    /** Once every row is judged, the page says the file is being saved, not merely that it is at 100 %. */
    @Test
    void whileAJudgedFileIsWrittenThePageSaysItIsBeingSaved() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        String number = RegisterFixtures.unique("UWR");
        Path file = UploadFiles.claims().claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);
        try (Connection claims = dataSource.getConnection()) {
            claims.setAutoCommit(false);
            try {
                // Reads of the claims go on (the judging); their writing waits.
                run(claims, "lock table claim in share mode");
                Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, "writing.csv", false, true);
                Waiting.until("the job to wait to write", () -> progress.here(upload.id).map(UploadProgress.Step::writing)
                        .orElse(false) && waiting("relation"));

                String html = given().when().get("/uploads/" + upload.id + "/status").then().statusCode(200).extract()
                        .asString();
                assertTrue(html.contains("data-testid=\"upload-writing\""), html);
                assertTrue(html.contains("value=\"100\""), html);

                claims.rollback();
                Waiting.until("the job to end", () -> progress.here(upload.id).isEmpty());
                assertEquals("DONE", status(upload.id));
            } finally {
                claims.rollback();
            }
        }
    }

    /** A row left running with no worker here (its job died with a previous run): said so, and watched until final. */
    @Test
    void anUploadNoWorkerHasIsCutOffAndItsPageWaitsForTheNextStartToEndIt() {
        long id = fixtures.upload(DemoData.POHJALA, "RUNNING", "orphan.csv");

        String html = given().when().get("/uploads/" + id).then().statusCode(200).extract().asString();
        assertTrue(html.contains("data-testid=\"upload-interrupted\""), html);
        assertTrue(html.contains("hx-get=\"/uploads/" + id + "/status\""), "the page keeps polling: " + html);
        Response cutOff = given().when().get("/uploads/" + id + "/status");
        assertTrue(cutOff.asString().contains("data-testid=\"upload-interrupted\""), cutOff.asString());
        assertEquals(null, cutOff.header("HX-Refresh"), "no reload while nothing changes");

        // as the next start of the portal ends it (no job runs it), written in SQL since the portal is not restarted
        fixtures.update(DemoData.POHJALA, "update upload set status = 'FAILED', finished_at = now() where id = ?", id);
        Response ended = given().when().get("/uploads/" + id + "/status");
        assertEquals("true", ended.header("HX-Refresh"));
        assertTrue(ended.asString().contains("data-testid=\"upload-refused\""), ended.asString());
    }

    private String status(long id) {
        return fixtures.uploadStatus(DemoData.POHJALA, id);
    }

    /** Whether a session of this test database waits on a lock of the given type (advisory, relation). */
    private boolean waiting(String lockType) {
        return fixtures.count("*", "select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock' and wait_event = ?", lockType) > 0;
    }

    private static void run(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }
}
