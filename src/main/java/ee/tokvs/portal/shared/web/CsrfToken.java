package ee.tokvs.portal.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-session token every state-changing request must carry: an HMAC of the login session's id under a
 * server secret. Nothing is stored; every portal instance with the same secret computes the same token, and a
 * new login gets a new one. Templates put it in forms with {@code {#csrf /}}; htmx sends it as a header.
 */
@ApplicationScoped
@Named("csrf")
public class CsrfToken {

    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final SecretKeySpec key;

    @Inject
    SecurityIdentity identity;

    public CsrfToken(@ConfigProperty(name = "tokvs.session.secret") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The current request's token; empty without a login session. */
    public String getToken() {
        return forSession(SessionKey.of(identity)).orElse("");
    }

    Optional<String> forSession(Optional<String> sessionId) {
        return sessionId.map(this::sign);
    }

    /** Whether the token sent matches the session's, compared in constant time. */
    boolean matches(Optional<String> sessionId, String sent) {
        Optional<String> expected = forSession(sessionId);
        return expected.isPresent() && sent != null && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
