package ee.tokvs.portal.session;

import ee.tokvs.portal.shared.web.SessionKey;
import io.quarkus.oidc.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

/** A logout through the OIDC logout path itself ({@code /logout} opened directly) also ends the session here. */
@ApplicationScoped
public class LogoutEvents {

    @Inject
    RevokedSessions revoked;

    void onLogout(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED) {
            SessionKey.of(event.getSecurityIdentity()).ifPresent(revoked::revoke);
        }
    }
}
