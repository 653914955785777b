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

    /** Rows read so far of all the rows the file has (0 until they are counted). */
    public record Step(int done, int total) {

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

    void ended(long uploadId) {
        running.remove(uploadId);
    }

    public Optional<Step> of(long uploadId) {
        return Optional.ofNullable(running.get(uploadId));
    }
}
