package ee.tokvs.portal.session;

import ee.tokvs.portal.shared.web.SessionKey;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The header's "log out" button: ends the session on the server first (so the cookie is worthless from this
 * moment, whatever happens next), then hands over to the OIDC logout, which clears the cookie and ends the
 * Keycloak session. A form post, so another site cannot log a user out.
 */
@Path("/sign-out")
public class SignOutResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    RevokedSessions revoked;

    @POST
    @Authenticated
    public Response signOut() {
        SessionKey.of(identity).ifPresent(revoked::revoke);
        return Response.seeOther(URI.create("/logout")).build();
    }
}
