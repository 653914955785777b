package ee.tokvs.portal.session;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Keeps browsers from being sent to a Keycloak that does not answer (docs/security.md, "When Keycloak is
 * down"). Two doors lead there:
 * <ul>
 * <li>a visitor without a session is about to be redirected to Keycloak's login page: this mechanism's
 * challenge runs just before quarkus-oidc's, asks {@link KeycloakProbe}, and sends the visitor to
 * {@link LoginResource#UNAVAILABLE} instead when Keycloak is silent (quarkus-oidc would redirect blindly:
 * it builds the login address from the discovery document it read earlier);</li>
 * <li>quarkus-oidc itself cannot reach Keycloak ({@link OIDCException}: the portal started while Keycloak
 * was down and its discovery still fails): that failure would be a 500 page, and here it becomes the same
 * page. The OIDC cookies go, because a session that cannot be checked would fail again on every page.</li>
 * </ul>
 * A logged-in session whose tokens can no longer be refreshed goes to {@link LoginResource#LOGIN}
 * ({@code quarkus.oidc.authentication.session-expired-path}), which asks the same probe.
 */
@ApplicationScoped
public class LoginGate implements HttpAuthenticationMechanism {

    /** Just above quarkus-oidc's mechanism ({@code DEFAULT_PRIORITY + 1}), so this challenge is asked first. */
    static final int PRIORITY = HttpAuthenticationMechanism.DEFAULT_PRIORITY + 2;
    /** Before every other failure handler: an OIDC failure must not reach Quarkus's 500 page. */
    static final int FAILURE_HANDLER_ORDER = -10_000;

    private static final Logger LOG = Logger.getLogger(LoginGate.class);

    @Inject
    KeycloakProbe keycloak;

    /** Logs no one in: that stays quarkus-oidc's work. */
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    /** No challenge of its own while Keycloak answers: quarkus-oidc's redirect to the login page follows. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return keycloak.answers().map(answers -> answers ? null
                : new ChallengeData(303, Map.of(HttpHeaders.LOCATION, LoginResource.UNAVAILABLE,
                        HttpHeaders.CACHE_CONTROL, "no-store")));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    void handleOidcFailures(@Observes Router router) {
        router.route().order(FAILURE_HANDLER_ORDER).failureHandler(this::oidcFailed);
    }

    private void oidcFailed(RoutingContext context) {
        if (context.response().headWritten() || !causedByOidc(context.failure())) {
            context.next();
            return;
        }
        LOG.debugf("Login unavailable for %s: %s", context.request().path(), context.failure().getMessage());
        for (String name : context.request().cookieMap().keySet()) {
            if (name.startsWith("q_session") || name.startsWith("q_auth")) {
                context.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0));
            }
        }
        context.response()
                .setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, LoginResource.UNAVAILABLE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    private static boolean causedByOidc(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
