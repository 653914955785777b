package ee.tokvs.portal.session;

import ee.tokvs.portal.shared.web.SessionKey;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A request whose login session has ended is not logged in: the old cookie, replayed after a logout or after
 * Keycloak ended the session, gets the login page like any stranger. Checked on every request, so it takes
 * effect at once, on every portal instance, without asking Keycloak (which may be down).
 */
@ApplicationScoped
public class RevokedSessionAugmentor implements SecurityIdentityAugmentor {

    static final String LOGOUT_PATH = "/logout";
    /** What an ended session's cookie is worth: a page that needs a login answers with the way to Keycloak. */
    private static final SecurityIdentity NOBODY = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    @Inject
    RevokedSessions revoked;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        Optional<String> session = SessionKey.of(identity);
        if (session.isEmpty() || isLogout(identity)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> revoked.isRevoked(session.get()) ? NOBODY : identity);
    }

    /** The OIDC logout itself must still see the session, to clear its cookie and end it in Keycloak too. */
    private static boolean isLogout(SecurityIdentity identity) {
        RoutingContext routing = identity.getAttribute(RoutingContext.class.getName());
        return routing != null && LOGOUT_PATH.equals(routing.normalizedPath());
    }
}
