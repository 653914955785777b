package ee.tokvs.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;

/**
 * A member's information system calling through X-Road, as the authentication that trusted its security server
 * states it: no token to read, so the identity carries this as an attribute. The organisation is the member that
 * X-Road authenticated; a representative's system names the insurer it calls for ({@code representedInsurer}),
 * which is then checked against mandates like a person's choice ({@link ActingInsurer}).
 */
public record SystemCaller(String username, Organisation organisation, String representedInsurer) {

    public static final String ATTRIBUTE = SystemCaller.class.getName();

    public static Optional<SystemCaller> of(SecurityIdentity identity) {
        return identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.<SystemCaller>getAttribute(ATTRIBUTE));
    }
}
