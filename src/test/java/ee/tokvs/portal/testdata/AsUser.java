package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.OnBehalf;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs a save of test data as a person would make it: in a request context of its own that acts as that person
 * ({@link OnBehalf}, as a background upload does), so the tenant, the row-level security and the submission log
 * are theirs, whoever the test itself is logged in as. The context lives on a thread of its own, because the test's
 * thread already has one.
 */
@ApplicationScoped
public class AsUser {

    @Inject
    OnBehalf onBehalf;

    private ExecutorService thread;

    @PostConstruct
    void start() {
        ClassLoader loader = AsUser.class.getClassLoader();
        thread = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "test-data");
            t.setContextClassLoader(loader);
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    /** The work's result, saved in one transaction; a refusal by the rules fails the test with their findings. */
    public <T> T call(Actor person, Supplier<T> work) {
        try {
            return thread.submit(() -> onBehalf.call(person, () -> QuarkusTransaction.requiringNew().call(work::get)))
                    .get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleViolationException refused) {
                throw new AssertionError("the rules refused test data entered as " + person.username() + ": "
                        + refused.findings(), refused);
            }
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving test data", e);
        }
    }
}
