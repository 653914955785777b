package ee.tokvs.portal.shared.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every response carries — pages, error pages, redirects to the login, downloads and static files —
 * added as the response is written, whichever handler wrote it:
 * <ul>
 * <li>a Content-Security-Policy that lets in only the portal's own scripts, styles and images, and no framing
 * (no inline script or style is used anywhere, so none is allowed);</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, {@code X-Frame-Options};</li>
 * <li>{@code Cache-Control: no-store} on everything that may carry register data (all but the static assets, and
 * what a resource declares {@code public}: the open statistics, which hold nothing that is not published);</li>
 * <li>over https (directly, or behind a proxy whose forwarded headers are trusted) every cookie is {@code Secure}
 * and the browser is told to stay on https.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/_static/");

    private final String contentSecurityPolicy;

    public SecurityHeaders(@ConfigProperty(name = "tokvs.keycloak.url") String keycloakUrl) {
        // form-action: Chrome applies it to the redirects that follow a form post too, and a post whose session
        // has ended is redirected to Keycloak's login.
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
                + " form-action 'self' " + origin(keycloakUrl);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            boolean secure = request.isSSL() || "https".equalsIgnoreCase(request.scheme());
            boolean staticAsset = isStatic(request.path());
            context.addHeadersEndHandler(ignored -> apply(context.response().headers(), secure, staticAsset));
            context.next();
        });
    }

    void apply(MultiMap headers, boolean secure, boolean staticAsset) {
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (!staticAsset && !declaredPublic(headers.get("Cache-Control"))) {
            headers.set("Cache-Control", "no-store");
        }
        if (secure) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
            List<String> cookies = headers.getAll("Set-Cookie");
            if (!cookies.isEmpty()) {
                headers.remove("Set-Cookie");
                cookies.stream().map(SecurityHeaders::secureCookie).collect(Collectors.toList())
                        .forEach(cookie -> headers.add("Set-Cookie", cookie));
            }
        }
    }

    /** A resource that publishes what everyone may see (the open statistics) says so, and its caching stands. */
    static boolean declaredPublic(String cacheControl) {
        return cacheControl != null && cacheControl.startsWith("public");
    }

    static boolean isStatic(String path) {
        return path != null && STATIC.stream().anyMatch(path::startsWith);
    }

    static String secureCookie(String cookie) {
        return cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?$") ? cookie : cookie + "; Secure";
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
