package ee.tokvs.portal.shared.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id, for following it through the logs (docs/deployment.md, "Logs"): the proxy's
 * {@code X-Request-Id} when it sent a plain one, else a new one. It is in the logging context as {@code requestId}
 * (JSON logs carry it; the request's context takes it to the worker thread) and goes back in the answer's
 * {@code X-Request-Id}.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** What is taken from outside: short, and nothing a log reader could mistake for structure. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String sent = context.request().getHeader(HEADER);
            String id = sent != null && PLAIN.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }
}
