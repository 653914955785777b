package ee.tokvs.portal.upload;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The uploads this instance ran, for Prometheus (docs/deployment.md, "Metrics"): {@code tokvs_uploads_total} by kind and
 * result (DONE, REFUSED, FAILED), how long each took from its start to its end, and the rows per second of those
 * that were saved.
 */
@ApplicationScoped
class UploadMetrics {

    @Inject
    MeterRegistry registry;

    private final Map<Long, Long> started = new ConcurrentHashMap<>();

    void started(long uploadId) {
        started.put(uploadId, System.nanoTime());
    }

    /** The upload's end as recorded; {@code rows} counts for the rate only when the upload was saved. */
    void ended(long uploadId, UploadKind kind, Upload.Status result, int rows) {
        Long start = started.remove(uploadId);
        registry.counter("tokvs.uploads", "kind", kind.name(), "result", result.name()).increment();
        if (start == null) {
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Timer.builder("tokvs.upload.duration").description("From the start of an upload's job to its end")
                .tag("kind", kind.name()).tag("result", result.name()).register(registry).record(took);
        if (result == Upload.Status.DONE && rows > 0 && !took.isZero()) {
            DistributionSummary.builder("tokvs.upload.rows.per.second").description("Rows per second of a saved upload")
                    .tag("kind", kind.name()).register(registry).record(rows * 1e9 / took.toNanos());
        }
    }
}
