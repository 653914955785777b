package ee.tokvs.portal.access;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Runs work outside any HTTP request (a background upload) in a request context of its own that acts as
 * the person who started it: the same acting insurer, decided the same way, so the ORM's tenant filter, the
 * row-level security and the submission log all apply unchanged.
 */
@ApplicationScoped
public class OnBehalf {

    public <T> T call(Actor actor, Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            throw new IllegalStateException("work on behalf of someone runs in a context of its own");
        }
        context.activate();
        try {
            Arc.container().instance(ActingInsurer.class).get().assume(actor);
            return work.get();
        } finally {
            context.terminate();
        }
    }
}
