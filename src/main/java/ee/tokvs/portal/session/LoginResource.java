package ee.tokvs.portal.session;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The two public pages on the way to Keycloak's login (see {@link LoginGate}): {@code /login}, where a
 * session that can no longer be refreshed is sent, and {@code /login/unavailable}, which says in the
 * visitor's language that login is not possible right now.
 */
@Path(LoginResource.LOGIN)
public class LoginResource {

    public static final String LOGIN = "/login";
    public static final String UNAVAILABLE = LOGIN + "/unavailable";
    /** What the page says too: "try again in a few minutes". */
    static final int RETRY_AFTER_SECONDS = 60;

    @CheckedTemplate(basePath = "session")
    static class Templates {
        static native TemplateInstance loginUnavailable();
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    KeycloakProbe keycloak;

    /**
     * Quarkus-oidc's session-expired page: the session cookie is already gone. While Keycloak answers, the
     * home page starts a new login (Keycloak's own session usually makes it invisible); otherwise the
     * visitor learns why they cannot go on.
     */
    @GET
    public Uni<Response> login() {
        if (!identity.isAnonymous()) {
            return Uni.createFrom().item(seeOther("/"));
        }
        return keycloak.answers().map(answers -> seeOther(answers ? "/" : UNAVAILABLE));
    }

    /** 503 with the reason; a person who is logged in after all has nothing to wait for. */
    @GET
    @Path("unavailable")
    public Response unavailable() {
        if (!identity.isAnonymous()) {
            return seeOther("/");
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .cacheControl(noStore)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.loginUnavailable().render())
                .build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
