package ee.tokvs.portal.upload;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.DatabaseOutage;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.LogWatch;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database restarts while a big upload runs. Simulated on this test's own database (the cluster is shared), by
 * its owner: new connections are refused and every other session is ended, as a restart does, then let in again.
 * The upload ends failed with its reason in both languages, nothing of it is saved, and the same file sent again
 * goes through: the dead upload holds no lock.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class UploadDatabaseRestartTest {

    private static final int ROWS = 1000;

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
    UploadRecords records;

    @Inject
    DatabaseSessions sessions;

    @TempDir
    Path dir;

    @Test
    void anUploadCutOffByADatabaseRestartEndsFailedAndTheSameFileGoesThroughAfterwards() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        Register.Saved heldContract = register.contract(DemoData.POHJALA);
        String held = heldContract.number();
        long heldId = heldContract.id();
        String prefix = RegisterFixtures.unique("UDBN");
        UploadFiles claims = UploadFiles.claims();
        for (int i = 1; i < ROWS; i++) {
            claims.claim(prefix + "-" + i, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING");
        }
        // The last row's contract is locked by this test: the upload stops there with its other rows written.
        Path file = claims.claim(prefix + "-" + ROWS, held, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);

        // The owner limits the database's connections; the watcher, as the portal's role, sees what the portal's
        // sessions wait for and ends them (another role sees neither, and may not end them).
        try (LogWatch log = LogWatch.on(UploadFailures.class); Connection owner = sessions.asOwner();
                Connection watcher = sessions.asPortal(null); Connection holder = sessions.asPortal(DemoData.POHJALA)) {
            // The last row's contract, locked by a session the restart spares: the upload stops there, its other
            // rows written, until the restart ends it.
            holder.setAutoCommit(false);
            DatabaseSessions.text(holder, "select id from contract where id = ? for update", heldId);

            Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, "restart.csv", false, true);
            Waiting.until("the upload to wait for its last row's contract", () -> sessionsWaitingOnALock(watcher) > 0);

            try (DatabaseOutage outage = DatabaseOutage.begin(owner, watcher, holder)) {
                Waiting.until("every other session of the database to end", outage::othersGone);
                Waiting.until("the job to try to record its failure while the database refuses it", () -> log.lines()
                        .stream().anyMatch(l -> l.message().startsWith("Upload " + upload.id
                                + ": its failure cannot be recorded yet")));
            }
            holder.rollback();

            // The job holds its progress until its end is recorded: once that is gone, the row is final.
            Waiting.until("the job to end", () -> progress.here(upload.id).isEmpty());
            assertEquals("FAILED", status(upload.id));
            assertEquals(List.of("upload_database_lost"), problems(upload.id));
            assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number like ?",
                    prefix + "-%"), "nothing of the upload was saved");
            assertEquals(0, fixtures.count("*", "select count(*) from pg_locks where locktype = 'advisory'"
                    + " and database = (select oid from pg_database where datname = current_database())"),
                    "the dead upload holds no upload lock");

            String estonian = page(upload.id, "et");
            assertTrue(estonian.contains("Ühendus andmebaasiga katkes faili töötlemise ajal"), estonian);
            String english = page(upload.id, "en");
            assertTrue(english.contains("The connection to the database was lost while the file was processed"),
                    english);

            Upload again = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, "restart.csv", false, true);
            Waiting.until("the upload sent again to end", () -> finished(status(again.id)));
            assertEquals("DONE", status(again.id));
            assertEquals(ROWS, fixtures.count(DemoData.POHJALA,
                    "select count(*) from claim where claim_number like ?", prefix + "-%"));
        }
    }

    /**
     * A connection lost during an upload's own commit leaves the job not knowing whether it went through; when it did,
     * its DONE (written in the same transaction as the rows) stands, and no failure is recorded over it.
     */
    @Test
    void aFailureIsNeverRecordedOverAnEndThatCommitted() {
        long id = fixtures.upload(DemoData.POHJALA, "DONE", "committed.csv");
        List<UploadProblem> why = List.of(UploadProblem.of(id, null, null, null, UploadRules.DATABASE_LOST.at()));

        assertEquals(false, records.failed(DemoData.POHJALA, id, why, 1, 0, java.time.Instant.now()));
        assertEquals("DONE", status(id));
        assertEquals(List.of(), problems(id));
    }

    private static boolean finished(String status) {
        return status != null && !status.equals("QUEUED") && !status.equals("RUNNING");
    }

    /** The upload's status, or null while the database cannot say. */
    private String status(long id) {
        try {
            return fixtures.uploadStatus(DemoData.POHJALA, id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<String> problems(long id) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "select message_key from upload_problem where upload_id = ? order by id")) {
                s.setLong(1, id);
                List<String> keys = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                return keys;
            }
        });
    }

    private static String page(long id, String language) {
        return given().cookie("tokvs_lang", language).when().get("/uploads/" + id)
                .then().statusCode(200).extract().asString();
    }

    private static long sessionsWaitingOnALock(Connection watcher) {
        try {
            return DatabaseSessions.count(watcher, "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
