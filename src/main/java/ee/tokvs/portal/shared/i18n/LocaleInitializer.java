package ee.tokvs.portal.shared.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Renders every template in the request's language, so that message bundles pick the right file and
 * the Accept-Language header never overrides the user's explicit choice.
 */
@ApplicationScoped
public class LocaleInitializer {

    void registerOn(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(instance -> {
            if (Arc.container().requestContext().isActive()) {
                instance.setLocale(Arc.container().instance(UiLocale.class).get().locale());
            }
        });
    }
}
