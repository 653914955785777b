package ee.tokvs.portal.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Keycloak's back-channel logout (OpenID Connect Back-Channel Logout 1.0): when a session ends in Keycloak — an
 * administrator signs a user out, the user logs out of another application, the session is revoked — Keycloak
 * posts a signed logout token here, server to server. The token is verified against the realm's keys and its
 * session is recorded as ended in PostgreSQL, so every portal instance refuses the session's cookie from then on.
 */
@Path("/back-channel-logout")
@ApplicationScoped
public class BackChannelLogoutResource {

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutResource.class);
    private static final String BACK_CHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @Inject
    RevokedSessions revoked;

    private final JwtConsumer verifier;

    public BackChannelLogoutResource(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        HttpsJwks keys = new HttpsJwks(issuer + "/protocol/openid-connect/certs");
        this.verifier = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setExpectedIssuer(issuer)
                .setExpectedAudience(clientId)
                .setRequireIssuedAt()
                .setAllowedClockSkewInSeconds(60)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestForm("logout_token") String logoutToken) {
        if (logoutToken == null || logoutToken.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        try {
            JwtClaims claims = verifier.processToClaims(logoutToken);
            Object events = claims.getClaimValue("events");
            String sessionId = claims.getStringClaimValue("sid");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(BACK_CHANNEL_EVENT) || claims.hasClaim("nonce")
                    || sessionId == null || sessionId.isBlank()) {
                LOG.warn("Back-channel logout token without a session id or the logout event; ignored");
                return Response.status(Response.Status.BAD_REQUEST).build();
            }
            revoked.revoke(sessionId);
            return Response.ok().build();
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            LOG.warnf("Back-channel logout token refused: %s", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
    }
}
