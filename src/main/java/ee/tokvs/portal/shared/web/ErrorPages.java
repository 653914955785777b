package ee.tokvs.portal.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a page in the user's language with the right status. No stack trace reaches
 * a user: an unexpected error is logged under an incident reference that the page shows.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String incident, String reasonKey);
    }

    @ServerExceptionMapper
    public Uni<Response> refused(RefusedException e) {
        return page(Response.Status.FORBIDDEN.getStatusCode(), null, e.messageKey());
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    public Uni<Response> forbidden() {
        return page(Response.Status.FORBIDDEN.getStatusCode(), null, null);
    }

    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, null, null);
    }

    /**
     * A form body with broken percent-encoding fails while it is read, before any rule sees it: the sender's
     * mistake (400), not ours. Other illegal arguments are our bugs.
     */
    @ServerExceptionMapper
    public Uni<Response> illegalArgument(IllegalArgumentException e) {
        boolean undecodable = e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils");
        return undecodable ? page(Response.Status.BAD_REQUEST.getStatusCode(), null, null) : unexpected(e);
    }

    @ServerExceptionMapper
    public Uni<Response> unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return page(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), incident, null);
    }

    /**
     * Security checks and unmatched addresses fail on the I/O thread, but the page's header reads the
     * user's organisation from the database, so the page is rendered on a worker thread.
     */
    private static Uni<Response> page(int status, String incident, String reasonKey) {
        Uni<Response> rendered = Uni.createFrom().item(() -> Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, incident, reasonKey).render())
                .build());
        return Context.isOnEventLoopThread()
                ? rendered.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                : rendered;
    }
}
