package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pieces of the CSRF defence that need no server: the origin comparison, the token, the exemptions. */
class CsrfFilterTest {

    @Test
    void anOriginIsTheSameOnlyWithTheSameSchemeHostAndPort() {
        assertTrue(CsrfFilter.sameOrigin("http://127.0.0.1:8080", "http", "127.0.0.1", 8080));
        assertTrue(CsrfFilter.sameOrigin("https://portal.terviseamet.ee", "https", "portal.terviseamet.ee", -1));
        assertTrue(CsrfFilter.sameOrigin("https://portal.terviseamet.ee:443", "https", "PORTAL.terviseamet.ee", -1));
        assertFalse(CsrfFilter.sameOrigin("http://127.0.0.1:9999", "http", "127.0.0.1", 8080), "another port of the host");
        assertFalse(CsrfFilter.sameOrigin("https://evil.terviseamet.ee", "https", "portal.terviseamet.ee", -1),
                "a sibling subdomain");
        assertFalse(CsrfFilter.sameOrigin("http://portal.terviseamet.ee", "https", "portal.terviseamet.ee", -1),
                "plain http to an https portal");
        assertFalse(CsrfFilter.sameOrigin("null", "http", "127.0.0.1", 8080), "an opaque origin");
        assertFalse(CsrfFilter.sameOrigin("not a url", "http", "127.0.0.1", 8080));
    }

    @Test
    void theTokenBelongsToOneSessionAndNeedsTheSecret() {
        CsrfToken tokens = new CsrfToken("one secret");
        String token = tokens.forSession(Optional.of("session-a")).orElseThrow();
        assertTrue(tokens.matches(Optional.of("session-a"), token));
        assertFalse(tokens.matches(Optional.of("session-b"), token), "another session's token");
        assertFalse(new CsrfToken("another secret").matches(Optional.of("session-a"), token), "another server secret");
        assertFalse(tokens.matches(Optional.empty(), token), "no session");
        assertFalse(tokens.matches(Optional.of("session-a"), null));
        assertFalse(tokens.matches(Optional.of("session-a"), ""));
    }

    @Test
    void onlyTheBearerApiAndKeycloaksBackChannelAreExempt() {
        assertTrue(CsrfFilter.exempt("/api/v1/claims"));
        assertTrue(CsrfFilter.exempt("/back-channel-logout"));
        assertFalse(CsrfFilter.exempt("/apis"));
        assertFalse(CsrfFilter.exempt("/mandates"));
        assertFalse(CsrfFilter.exempt("/back-channel-logout/x"));
    }

    @Test
    void overHttpsACookieGetsTheSecureFlagOnce() {
        assertEquals("lang=en; Path=/; Secure", SecurityHeaders.secureCookie("lang=en; Path=/"));
        assertEquals("q_session=x; Secure; HttpOnly", SecurityHeaders.secureCookie("q_session=x; Secure; HttpOnly"));
        assertEquals("secure=1; Path=/; Secure", SecurityHeaders.secureCookie("secure=1; Path=/"));
    }
}
