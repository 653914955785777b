package ee.tokvs.portal.upload;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * How far the running uploads are, for the progress bar, whichever instance of the portal runs them (V26). The jobs
 * of this instance are known here at once; their progress also goes to the database (when queued, as rows are
 * judged at most about once a second, when writing starts, and as a heartbeat every few seconds), where a page served
 * by another instance reads it. An upload the database says is queued or running, with no job here and no recent
 * heartbeat anywhere, lost its instance: {@link UploadRecords#interrupted} ends it as failed.
 */
@ApplicationScoped
public class UploadProgress {

    private static final Logger LOG = Logger.getLogger(UploadProgress.class);
    private static final long WRITE_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    /**
     * Rows judged so far of all the rows the file has (0 until they are counted); {@code writing} once every row is
     * judged and the file's saves are being written.
     */
    public record Step(int done, int total, boolean writing) {

        Step(int done, int total) {
            this(done, total, false);
        }

        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
        }
    }

    /** A job of this instance: its insurer (whose rows the progress is), where it is, and when that was written. */
    private record Running(String insurerCode, Step step, long writtenAt) {
    }

    @Inject
    UploadRecords records;

    @Inject
    UploadLimits limits;

    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    /** A new upload's progress, written in the caller's transaction, the one that creates its row. */
    void queued(long uploadId, String insurerCode) {
        running.put(uploadId, new Running(insurerCode, new Step(0, 0), System.nanoTime()));
        Upload.getEntityManager().createNativeQuery("insert into upload_progress (upload_id, insurer_code)"
                + " values (?1, ?2)").setParameter(1, uploadId).setParameter(2, insurerCode).executeUpdate();
    }

    void advanced(long uploadId, int done, int total) {
        moved(uploadId, new Step(done, total), false);
    }

    /** Every row judged and found good: the saves are being written. */
    void writing(long uploadId, int total) {
        moved(uploadId, new Step(total, total, true), true);
    }

    private void moved(long uploadId, Step step, boolean always) {
        Running before = running.get(uploadId);
        if (before == null) {
            return;
        }
        long now = System.nanoTime();
        boolean write = always || step.total() != before.step().total() || now - before.writtenAt() >= WRITE_EVERY_NANOS;
        running.put(uploadId, new Running(before.insurerCode(), step, write ? now : before.writtenAt()));
        if (write) {
            written(uploadId, before.insurerCode(), step);
        }
    }

    /** The job is over and its end recorded: its progress goes, here and in the database. */
    void ended(long uploadId) {
        Running over = running.remove(uploadId);
        if (over != null) {
            try {
                records.progressEnded(over.insurerCode(), uploadId);
            } catch (IllegalStateException e) {
                // a finished upload's progress is never read: the row can stay until the upload goes
                LOG.debugf("upload %d: its progress row stays (%s)", uploadId, e.getMessage());
            }
        }
    }

    /** How long a heartbeat may be silent (a method: this bean is reached through its proxy). */
    Duration silence() {
        return limits.silence();
    }

    /** The uploads this instance runs now. */
    Set<Long> runningHere() {
        return Set.copyOf(running.keySet());
    }

    /** The heartbeat: each job of this instance says it is alive, with where it is. */
    @Scheduled(every = "${tokvs.upload.heartbeat-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        running.forEach((id, job) -> written(id, job.insurerCode(), job.step()));
    }

    private void written(long uploadId, String insurerCode, Step step) {
        try {
            records.progress(insurerCode, uploadId, step);
        } catch (IllegalStateException e) {
            // the next heartbeat tries again; while the database is away no page can read it anyway
            LOG.debugf("upload %d: progress not written (%s)", uploadId, e.getMessage());
        }
    }

    /** Where the upload is, if a job of this instance runs it. */
    Optional<Step> here(long uploadId) {
        return Optional.ofNullable(running.get(uploadId)).map(Running::step);
    }

    /** Where the upload is: from its job here, else from the database if its instance's heartbeat is recent. */
    public Optional<Step> of(long uploadId, String tenant) {
        Running here = running.get(uploadId);
        if (here != null) {
            return Optional.of(here.step());
        }
        return records.progressOf(tenant, uploadId, limits.silence());
    }
}
