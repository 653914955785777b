package ee.tokvs.portal.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.sun.net.httpserver.HttpServer;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakAdmin;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web layer's defences, attacked as a browser would: a forged form from another origin on this machine, a
 * write without the session's token, the headers every kind of response carries, and an old session cookie
 * replayed after logout.
 */
@QuarkusTest
class WebDefencesTest extends BrowserTest {

    @Inject
    RegisterFixtures fixtures;

    @Test
    void aFormPostedFromAnotherOriginToGrantAMandateIsRefusedAndWritesNothing() throws IOException {
        logInAs(DemoAccount.POHJALA_ADMIN);
        long before = mandatesOfPohjala();
        // Another port of the same host: the same site, so the browser sends the session cookie along.
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String forged = "<!DOCTYPE html><html lang=\"en\"><title>win</title><form id=\"f\" method=\"post\" action=\""
                + url("/mandates") + "\"><input name=\"representativeCode\" value=\"" + DemoData.KAHJUABI + "\">"
                + "<input name=\"maySubmit\" value=\"true\"><input name=\"validFrom\" value=\"2026-01-01\"></form>"
                + "<script>document.getElementById('f').submit()</script></html>";
        attacker.createContext("/", exchange -> {
            byte[] body = forged.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        try {
            var refused = page.waitForResponse(response -> response.url().equals(url("/mandates")),
                    () -> page.navigate("http://127.0.0.1:" + attacker.getAddress().getPort() + "/"));
            assertEquals(403, refused.status());
            assertThat(page.getByTestId("error-403")).containsText("ei tulnud portaali enda lehelt");
        } finally {
            attacker.stop(0);
        }
        assertEquals(before, mandatesOfPohjala(), "no mandate was granted");
    }

    @Test
    void everyStateChangingRouteRefusesARequestWithoutTheSessionsToken() throws Exception {
        Map<DemoAccount, Page> sessions = Map.of(
                DemoAccount.POHJALA_ADMIN, loggedIn(DemoAccount.POHJALA_ADMIN),
                DemoAccount.TA_ADMIN, loggedIn(DemoAccount.TA_ADMIN),
                DemoAccount.KAHJUABI_REP, loggedIn(DemoAccount.KAHJUABI_REP));
        String otherSessionsToken = PortalBrowser.formToken(loggedIn(DemoAccount.POHJALA_STAFF));
        List<String> posts = ee.tokvs.portal.testdata.Routes.pages().stream()
                .filter(route -> route.startsWith("POST ") && !route.equals("POST /back-channel-logout"))
                .map(route -> route.substring(5)).toList();
        assertTrue(posts.size() > 15, "state-changing routes were found: " + posts);
        for (String route : posts) {
            boolean terviseamet = route.startsWith("/reference") || route.startsWith("/organisations");
            DemoAccount who = terviseamet ? DemoAccount.TA_ADMIN
                    : route.startsWith("/representative") ? DemoAccount.KAHJUABI_REP : DemoAccount.POHJALA_ADMIN;
            Page as = sessions.get(who);
            String path = route.replaceAll("\\{kind: amend\\|extend}", "amend").replaceAll("\\{[^}]+}", "1");
            for (String token : new String[] {null, "", otherSessionsToken}) {
                FormData form = FormData.create().set("insurerCode", DemoData.POHJALA);
                if (token != null) {
                    form.set("_csrf", token);
                }
                RequestOptions options = RequestOptions.create().setMaxRedirects(0);
                if (path.endsWith("/import") || path.equals("/uploads")) {
                    options.setMultipart(form.set("file", new FilePayload("a.csv", "text/csv", new byte[] {'a'})));
                } else {
                    options.setForm(form);
                }
                APIResponse response = as.request().post(url(path), options);
                assertEquals(403, response.status(), route + " with token " + token);
                assertTrue(response.text().contains("kaitsekood"), route + " is refused for its token: " + response.text());
            }
        }
        // The session still works: the refusals ended nothing.
        assertEquals(200, sessions.get(DemoAccount.POHJALA_ADMIN).navigate(url("/mandates")).status());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        logInAs(DemoAccount.POHJALA_STAFF);
        assertSecurityHeaders(page.request().get(url("/claims")), "a page", true);
        assertSecurityHeaders(page.request().get(url("/claims/999999999")), "an error page", true);
        assertSecurityHeaders(page.request().get(url("/uploads/templates/claims.csv")), "a download", true);
        assertSecurityHeaders(page.request().get(url("/statistika")), "the open statistics, signed in", true);
        APIResponse login = context.browser().newContext().request().get(url("/claims"),
                RequestOptions.create().setMaxRedirects(0));
        assertEquals(302, login.status());
        assertSecurityHeaders(login, "a redirect to the login", true);
        assertSecurityHeaders(page.request().get(url("/css/portal.css")), "a style sheet", false);
        PortalBrowser.assertNoPolicyViolations(page);
    }

    @Test
    void overHttpsEveryCookieIsSecure() {
        // As the TLS-terminating proxy tells the portal (its forwarded headers are trusted in the test profile).
        APIResponse response = context.request().get(url("/lang/en?back=/signed-out"), RequestOptions.create()
                .setMaxRedirects(0).setHeader("X-Forwarded-Proto", "https"));
        assertEquals(303, response.status());
        String cookie = response.headers().get("set-cookie");
        assertTrue(cookie != null && cookie.contains("Secure"), "language cookie over https: " + cookie);
        assertTrue(response.headers().containsKey("strict-transport-security"));
        APIResponse plain = context.request().get(url("/lang/en?back=/signed-out"), RequestOptions.create().setMaxRedirects(0));
        assertFalse(plain.headers().get("set-cookie").contains("Secure"), "over plain http (development) no Secure flag");
    }

    /**
     * The session keeps the ID token and the refresh token, never the access token: the portal sends no token on, and
     * each request verifies one token. The roles the pages go by come from the ID token.
     */
    @Test
    void aSessionKeepsNoAccessToken() {
        logInAs(DemoAccount.POHJALA_STAFF);
        List<String> names = context.cookies().stream().map(cookie -> cookie.name).toList();
        assertTrue(names.contains("q_session") && names.contains("q_session_rt"), "the session's cookies: " + names);
        assertTrue(names.stream().noneMatch(name -> name.startsWith("q_session_at")), "no access token: " + names);
        assertEquals(200, page.navigate(url("/claims")).status(), "the staff role, read from the ID token");
    }

    @Test
    void aSessionCookieReplayedAfterLogoutOpensNothing() {
        logInAs(DemoAccount.POHJALA_STAFF);
        List<Cookie> stolen = context.cookies();
        assertEquals(200, replay(stolen).status(), "before logout the copied cookie works (so the replay below is real)");

        page.getByTestId("logout").click();
        page.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(url("/signed-out")) + "(\\?.*)?"));

        Replayed replayed = replay(stolen);
        assertEquals(302, replayed.status(), "the old cookie is sent to log in again");
        assertFalse(replayed.text().contains("Põhjala"));
    }

    @Test
    void aSessionAnAdministratorEndsInKeycloakOpensNothingFromTheNextRequest() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String configured = keycloak.setClientAttribute("backchannel.logout.url", url("/back-channel-logout"));
        try {
            logInAs(DemoAccount.LAANEMERE_ADMIN);
            List<Cookie> copied = context.cookies();
            assertEquals(200, replay(copied).status());

            keycloak.endLatestSession(DemoAccount.LAANEMERE_ADMIN.username);

            // Keycloak calls the portal back while it ends the session; wait for that state, not for a clock.
            Waiting.until("the ended session's cookie to be sent to log in", () -> replay(copied).status() == 302);
            assertEquals(302, page.request().get(url("/mandates"), RequestOptions.create().setMaxRedirects(0)).status(),
                    "the browser that held the session is logged out too");
        } finally {
            keycloak.setClientAttribute("backchannel.logout.url", configured);
        }
    }

    @Test
    void aForgedBackChannelLogoutIsRefused() {
        APIResponse forged = context.request().post(url("/back-channel-logout"), RequestOptions.create()
                .setForm(FormData.create().set("logout_token", "eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.")));
        assertEquals(400, forged.status());
    }

    /** What /claims answers to a fresh browser holding copies of these cookies. */
    private Replayed replay(List<Cookie> cookies) {
        BrowserContext thief = browser.newContext();
        try {
            thief.addCookies(cookies);
            APIResponse response = thief.request().get(url("/claims"), RequestOptions.create().setMaxRedirects(0));
            return new Replayed(response.status(), response.text());
        } finally {
            thief.close();
        }
    }

    private record Replayed(int status, String text) {
    }

    private static void assertSecurityHeaders(APIResponse response, String what, boolean noStore) {
        Map<String, String> headers = response.headers();
        String csp = headers.get("content-security-policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline"), what + ": " + csp);
        assertEquals("nosniff", headers.get("x-content-type-options"), what);
        assertEquals("same-origin", headers.get("referrer-policy"), what);
        assertEquals("DENY", headers.get("x-frame-options"), what);
        if (noStore) {
            assertEquals("no-store", headers.get("cache-control"), what);
        } else {
            assertFalse("no-store".equals(headers.get("cache-control")), what + " may be cached");
        }
    }

    private Page loggedIn(DemoAccount account) {
        Page other = browser.newContext().newPage();
        other.navigate(url("/"));
        KeycloakLogin.logIn(other, account.username, DemoAccount.PASSWORD);
        other.waitForURL(url(account.homePath));
        if (account == DemoAccount.KAHJUABI_REP) {
            other.context().addCookies(List.of(new Cookie(ActingInsurer.CHOICE_COOKIE, DemoData.POHJALA).setUrl(url("/"))));
        }
        return other;
    }

    private long mandatesOfPohjala() {
        return fixtures.count(DemoData.POHJALA, "select count(*) from mandate where insurer_code = ?", DemoData.POHJALA);
    }
}
