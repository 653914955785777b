package ee.tokvs.portal.upload;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the uploads running in this portal instance are, for the progress bar. An upload that the database
 * says is queued or running but that no worker here knows was cut off by a restart.
 */
@ApplicationScoped
public class UploadProgress {

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

    private final Map<Long, Step> running = new ConcurrentHashMap<>();

    void queued(long uploadId) {
        running.put(uploadId, new Step(0, 0));
    }

    void advanced(long uploadId, int done, int total) {
        running.put(uploadId, new Step(done, total));
    }

    /** Every row judged and found good: the saves are being written. */
    void writing(long uploadId, int total) {
        running.put(uploadId, new Step(total, total, true));
    }

    void ended(long uploadId) {
        running.remove(uploadId);
    }

    public Optional<Step> of(long uploadId) {
        return Optional.ofNullable(running.get(uploadId));
    }
}
