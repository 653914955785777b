package ee.tokvs.portal.api;

import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.OrganisationRegister;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.access.SystemCaller;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who an X-Road caller is: the member its security server authenticated, as the register knows it. An insurer's
 * system works as the insurer's staff; a representative company's as a representative, for the insurer it names
 * (the mandate is checked per request, as for a person). A member the register does not hold gets no role.
 */
@ApplicationScoped
public class XRoadIdentityProvider implements IdentityProvider<XRoadIdentityProvider.Request> {

    /** A call the X-Road listener accepted: the client and the insurer it says it represents, if any. */
    public static final class Request extends BaseAuthenticationRequest {

        final XRoadClient client;
        final String representedInsurer;

        Request(XRoadClient client, String representedInsurer) {
            this.client = client;
            this.representedInsurer = representedInsurer;
        }
    }

    @Inject
    OrganisationRegister register;

    @Override
    public Class<Request> getRequestType() {
        return Request.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request));
    }

    private SecurityIdentity identity(Request request) {
        String username = "xroad:" + request.client.id();
        Organisation organisation = register.find(request.client.registryCode()).orElse(null);
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                .addAttribute(SystemCaller.ATTRIBUTE, new SystemCaller(username, organisation, request.representedInsurer));
        if (organisation != null) {
            identity.addRole(switch (organisation.kind()) {
                case INSURER -> PortalRole.Names.INSURER_STAFF;
                case REPRESENTATIVE -> PortalRole.Names.REPRESENTATIVE;
                case AUTHORITY -> throw new IllegalStateException("the register holds no authority");
            });
        }
        return identity.build();
    }
}
