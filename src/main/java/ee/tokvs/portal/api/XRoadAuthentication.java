package ee.tokvs.portal.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The X-Road way in: a call that arrived on the X-Road listener, over a TLS handshake with the trusted security
 * server's certificate, is the member that {@code X-Road-Client} names ({@link XRoadIdentityProvider}). Everywhere
 * else (the plain port, a forwarded "https") the X-Road headers mean nothing and the call needs a token. On the
 * listener this mechanism decides alone: a call it cannot accept is refused (401, problem details), never passed on.
 */
@ApplicationScoped
public class XRoadAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(XRoadAuthentication.class);
    private static final String REFUSAL = XRoadAuthentication.class.getName() + ".refusal";
    private static final ChallengeData UNAUTHORIZED = new ChallengeData(401);

    @Inject
    XRoadListener listener;

    @Inject
    XRoadTrust trust;

    @Inject
    ApiTexts texts;

    @Inject
    ApiJson json;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        X509Certificate peer = listener.received(context.request()) ? XRoadTrust.peerCertificate(context.request()) : null;
        if (peer == null) {
            return Uni.createFrom().nullItem();
        }
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        if (!trust.trusts(peer)) {
            LOG.warnf("X-Road listener: refused a client certificate not pinned, SHA-256 %s, subject %s",
                    XRoadTrust.fingerprint(peer), peer.getSubjectX500Principal());
            return refuse(context, "xroad_untrusted");
        }
        if (!context.normalizedPath().startsWith("/api/")) {
            return refuse(context, "xroad_api_only");
        }
        String clientHeader = context.request().getHeader(XRoadClient.CLIENT_HEADER);
        Optional<XRoadClient> client = XRoadClient.parse(clientHeader, trust.instance());
        if (client.isEmpty()) {
            return refuse(context, "xroad_client_invalid");
        }
        String party = context.request().getHeader(XRoadClient.REPRESENTED_PARTY_HEADER);
        Optional<String> represented = XRoadClient.representedParty(party);
        if (party != null && represented.isEmpty()) {
            return refuse(context, "xroad_represented_party_invalid");
        }
        LOG.infof("X-Road call %s %s from %s%s, X-Road-Id %s", context.request().method(), context.normalizedPath(),
                client.get().id(), represented.map(r -> " for " + r).orElse(""),
                context.request().getHeader(ApiCall.XROAD_ID));
        AuthenticationRequest request = new XRoadIdentityProvider.Request(client.get(), represented.orElse(null));
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    private static Uni<SecurityIdentity> refuse(RoutingContext context, String code) {
        context.put(REFUSAL, code);
        return Uni.createFrom().failure(new AuthenticationFailedException(code));
    }

    /** None off the listener: there the login's redirect or the bearer token's 401 answers. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return listener.received(context.request()) ? Uni.createFrom().item(UNAUTHORIZED) : Uni.createFrom().nullItem();
    }

    /** A refusal says why, as problem details in the caller's language. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        String code = context.get(REFUSAL);
        if (code == null) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        ApiProblem problem = texts.problem(ApiTexts.languageOf(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                UNAUTHORIZED.status, code);
        context.response().setStatusCode(UNAUTHORIZED.status).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE)
                .end(json.write(problem));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(XRoadIdentityProvider.Request.class);
    }

    /** Before the bearer tokens: on the listener this mechanism decides alone. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
