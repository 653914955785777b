package ee.tokvs.portal.upload;

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
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances of the portal on one database (issue #19, 2; V26): an upload's progress is in the database, so a
 * page served by any instance shows an upload another instance runs; an upload whose instance went silent (a crash,
 * a kill) is ended as failed by the sweep of the others, with nothing of it written; and an upload a job of this
 * instance runs is never swept, whatever its heartbeat says. The other instance is played by rows it would write.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class UploadAcrossInstancesTest {

    @Inject
    UploadService uploads;

    @Inject
    UploadJob job;

    @Inject
    UploadProgress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void anUploadRunByAnotherInstanceShowsItsProgressHereUntilThatInstanceGoesSilent() {
        long id = fixtures.upload(DemoData.POHJALA, "RUNNING", "elsewhere.csv");
        fixtures.update(DemoData.POHJALA, "insert into upload_progress (upload_id, insurer_code, rows_done, rows_total)"
                + " values (?, ?, 40, 100)", id, DemoData.POHJALA);

        UploadService.State running = uploads.state(id);
        assertEquals(40, running.step().orElseThrow().percent());
        assertFalse(running.interrupted(), "its instance is alive");
        job.sweep();
        assertEquals("RUNNING", status(id), "a live instance's upload is not swept");

        // the instance is killed: its heartbeat stops
        fixtures.update(DemoData.POHJALA, "update upload_progress set heartbeat_at = now() - interval '5 minutes'"
                + " where upload_id = ?", id);
        assertTrue(uploads.state(id).interrupted(), "no instance says it is alive");
        job.sweep();
        assertEquals("FAILED", status(id));
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from upload_problem where upload_id = ?"
                + " and message_key = ?", id, UploadRules.INTERRUPTED.key()));
        job.sweep();
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from upload_problem where upload_id = ?",
                id), "ended once");
    }

    @Test
    void anUploadOfThisInstanceIsNeverSweptAndItsProgressIsInTheDatabaseWhileItRuns() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        String number = RegisterFixtures.unique("UAI");
        Path file = UploadFiles.claims().claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);
        try (HeldUploadLock queue = HeldUploadLock.of(dataSource, DemoData.POHJALA)) {
            Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, "here.csv", false, true);
            Waiting.until("the job to wait for the insurer's upload lock", () -> status(upload.id).equals("RUNNING")
                    && progress.here(upload.id).isPresent());
            assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from upload_progress where upload_id = ?"
                    + " and rows_total = 1", upload.id), "the progress is where other instances read it");

            fixtures.update(DemoData.POHJALA, "update upload_progress set heartbeat_at = now() - interval '5 minutes'"
                    + " where upload_id = ?", upload.id);
            job.sweep();
            assertEquals("RUNNING", status(upload.id), "this instance's own job is alive whatever the heartbeat says");

            queue.release();
            Waiting.until("the job to end", () -> progress.here(upload.id).isEmpty());
            assertEquals("DONE", status(upload.id));
            assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from upload_progress where upload_id = ?",
                    upload.id), "an ended job's progress goes");
            assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number = ?", number));
        }
    }

    private String status(long id) {
        return fixtures.uploadStatus(DemoData.POHJALA, id);
    }
}
