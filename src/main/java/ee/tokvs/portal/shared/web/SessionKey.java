package ee.tokvs.portal.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The login session a request belongs to: Keycloak's session id ({@code sid}) from the ID token. It stays the
 * same across token refreshes and changes with every login, so it is what a form token is bound to and what a
 * logout revokes.
 */
public final class SessionKey {

    private SessionKey() {
    }

    public static Optional<String> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object sid = token.getClaim("sid");
        return sid == null || sid.toString().isBlank() ? Optional.empty() : Optional.of(sid.toString());
    }
}
