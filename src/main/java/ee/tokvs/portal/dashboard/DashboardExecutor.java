package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.access.ActingInsurer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Where Terviseamet's analytical reads run: the dashboards' queries and the triangles. The request's context travels
 * with each task, so every query's connection carries the request's acting insurer (row-level security). At most
 * {@code tokvs.dashboard.parallel-queries} run at once across all pages; the rest wait their turn here, so that a few
 * analysts' aggregates (a triangles view is some 100 ms of a database core) never take every core the insurers' claim
 * pages need. The page's transaction stays behind ({@code OneConnectionPages}): each task takes a connection of its
 * own, as side by side they must. How many run and how many wait are metrics ({@code tokvs_analytical_reads_running},
 * {@code tokvs_analytical_reads_waiting}): a queue that stays long asks for more (docs/deployment.md).
 */
@ApplicationScoped
public class DashboardExecutor {

    private final ManagedExecutor executor;

    private final AtomicInteger running = new AtomicInteger();

    private final AtomicInteger waiting = new AtomicInteger();

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    public DashboardExecutor(@ConfigProperty(name = "tokvs.dashboard.parallel-queries") int parallel,
            MeterRegistry registry) {
        this.executor = ManagedExecutor.builder().maxAsync(parallel).maxQueued(-1)
                .propagated(ThreadContext.ALL_REMAINING).cleared(ThreadContext.TRANSACTION).build();
        Gauge.builder("tokvs.analytical.reads.running", running, AtomicInteger::get)
                .description("Terviseamet's analytical reads (dashboards, triangles) running now").register(registry);
        Gauge.builder("tokvs.analytical.reads.waiting", waiting, AtomicInteger::get)
                .description("analytical reads waiting for their turn (tokvs.dashboard.parallel-queries)")
                .register(registry);
    }

    /** Starts a task; the caller must wait for it ({@link #join}) before its request ends. */
    public <T> CompletableFuture<T> supplyAsync(Supplier<T> task) {
        // decided here, once, before the task reads it on its thread
        actingInsurer.tenant();
        waiting.incrementAndGet();
        try {
            return executor.supplyAsync(() -> {
                waiting.decrementAndGet();
                running.incrementAndGet();
                try {
                    return task.get();
                } finally {
                    running.decrementAndGet();
                }
            });
        } catch (RuntimeException refused) {
            waiting.decrementAndGet();
            throw refused;
        }
    }

    /** How many analytical reads run now, and how many wait for their turn. */
    public int running() {
        return running.get();
    }

    public int waiting() {
        return waiting.get();
    }

    /** Runs one analytical read in its turn and gives its answer (or its failure) to the request waiting for it. */
    public <T> T call(Supplier<T> task) {
        return join(supplyAsync(task));
    }

    /** A started task's answer; its runtime failure as it was thrown. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while an analytical read ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
