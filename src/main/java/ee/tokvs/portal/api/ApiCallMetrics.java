package ee.tokvs.portal.api;

import ee.tokvs.portal.access.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The API's calls by the client that made them, for Prometheus (docs/deployment.md, "Metrics"):
 * {@code tokvs_api_calls_total} by client (the system's or person's username, as the submission log names it), the
 * operation (the resource method, never the path with its record numbers) and the answer's status.
 */
public class ApiCallMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    CurrentUser currentUser;

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String client = currentUser.isAuthenticated() ? currentUser.username() : "anonymous";
        String operation = resource == null || resource.getMethodName() == null ? "none" : resource.getMethodName();
        registry.counter("tokvs.api.calls", "client", client, "operation", operation,
                "status", String.valueOf(response.getStatus())).increment();
    }
}
