package ee.tokvs.portal.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery defence for every state-changing request (POST, PUT, PATCH, DELETE) to the pages:
 * <ol>
 * <li>the browser's own word first: {@code Sec-Fetch-Site} other than same-origin, or an {@code Origin} that is
 * not the portal's, is refused — this stops a page on another port or a sibling subdomain, which SameSite
 * cookies let through;</li>
 * <li>then the session's token ({@link CsrfToken}) must come back in the form field {@code _csrf} or the
 * {@code X-CSRF-Token} header (htmx).</li>
 * </ol>
 * The coming system-to-system API ({@code /api/}) is to authenticate every call with a bearer token and send
 * no cookies, and Keycloak's back-channel logout carries its own signed token, so both are exempt.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SAME_ORIGIN_FETCH = Set.of("same-origin", "none");

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfToken tokens;

    @WithFormRead
    @ServerRequestFilter
    public void check(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (SAFE_METHODS.contains(context.getMethod().toUpperCase(Locale.ROOT)) || exempt(request.path())) {
            return;
        }
        if (!fromOwnOrigin(request)) {
            throw new CrossSiteRequestException(CrossSiteRequestException.Reason.CROSS_SITE);
        }
        if (identity.isAnonymous()) {
            return; // no session to ride on; the pages themselves refuse an anonymous write
        }
        String sent = context.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                    .getFormParameter(CsrfToken.FORM_FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (!tokens.matches(SessionKey.of(identity), sent)) {
            throw new CrossSiteRequestException(CrossSiteRequestException.Reason.TOKEN);
        }
    }

    static boolean exempt(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/back-channel-logout"));
    }

    static boolean fromOwnOrigin(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_ORIGIN_FETCH.contains(fetchSite.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        HostAndPort authority = request.authority();
        return origin == null || (authority != null && sameOrigin(origin, request.scheme(), authority.host(), authority.port()));
    }

    /** Whether an Origin header names this scheme, host and port (default ports filled in). */
    static boolean sameOrigin(String origin, String scheme, String host, int port) {
        try {
            URI uri = new URI(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null || scheme == null) {
                return false; // includes "null", sent by sandboxed frames and privacy-sensitive contexts
            }
            return uri.getScheme().equalsIgnoreCase(scheme) && uri.getHost().equalsIgnoreCase(host)
                    && effectivePort(uri.getPort(), uri.getScheme()) == effectivePort(port, scheme);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int effectivePort(int port, String scheme) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
