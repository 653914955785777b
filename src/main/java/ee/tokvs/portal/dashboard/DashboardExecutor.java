package ee.tokvs.portal.dashboard;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Runs a dashboard page's queries side by side. The request's context travels with each task, so every query's
 * connection carries the request's acting insurer (row-level security). At most
 * {@code tokvs.dashboard.parallel-queries} run at once across all pages, so dashboards cannot take the whole pool.
 * The page's transaction stays behind ({@code OneConnectionPages}): each task takes a connection of its own, as
 * side by side they must.
 */
@ApplicationScoped
public class DashboardExecutor {

    private final ManagedExecutor executor;

    @Inject
    public DashboardExecutor(@ConfigProperty(name = "tokvs.dashboard.parallel-queries") int parallel) {
        this.executor = ManagedExecutor.builder().maxAsync(parallel).maxQueued(-1)
                .propagated(ThreadContext.ALL_REMAINING).cleared(ThreadContext.TRANSACTION).build();
    }

    public <T> CompletableFuture<T> supplyAsync(Supplier<T> task) {
        return executor.supplyAsync(task);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
