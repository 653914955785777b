package ee.tokvs.portal.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Keycloak goes away and comes back while the portal keeps running (docs/security.md, "When Keycloak is
 * down"). The portal of this class starts with Keycloak unreachable behind {@link KeycloakSwitch}.
 */
@QuarkusTest
@WithTestResource(value = KeycloakSwitch.class, initArgs = @ResourceArg(name = "starts", value = "down"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakOutageTest extends BrowserTest {

    private static final Pattern CLAIM_PAGE = Pattern.compile(".*/claims/\\d+(\\?saved=\\d+)?$");

    /** Injected by the test resource. */
    KeycloakSwitch keycloak;

    @Inject
    Register register;

    @Inject
    DatabaseSessions database;

    @Test
    @Order(1) // first: it begins where the portal started, with Keycloak down
    void loggedInPeopleKeepWorkingNewVisitorsAreToldAndLoginReturnsWithoutARestart() {
        Register.Saved claim = register.claim(DemoData.POHJALA);
        String claimNumber = claim.number();
        long claimId = claim.id();

        // The portal started while Keycloak was down: a visitor is told so, not sent to a dead address, and a
        // session from before the start, which cannot be checked now, is dropped rather than failing every page.
        context.addCookies(List.of(new Cookie("q_session", "from-before-the-restart").setUrl(url("/"))));
        assertLoginUnavailableInEstonian(page, page.navigate(url("/claims")));
        assertTrue(context.cookies().stream().noneMatch(cookie -> cookie.name.startsWith("q_session")));
        assertLoginUnavailableInEstonian(page, page.navigate(url("/")));
        assertEquals(url(LoginResource.UNAVAILABLE), seeOtherFrom(page, LoginResource.LOGIN));

        // Keycloak comes back and the same visitor logs in; the portal was not restarted.
        keycloak.up();
        page.getByTestId("try-again").click();
        KeycloakLogin.logIn(page, DemoAccount.POHJALA_STAFF.username, DemoAccount.PASSWORD);
        page.waitForURL(url(DemoAccount.POHJALA_STAFF.homePath));

        // Keycloak goes down: the person who is logged in still opens the claims and saves a reserve, and
        // the portal does not even try to reach Keycloak for that.
        keycloak.down();
        int refusedBefore = keycloak.refused();
        assertEquals(200, page.navigate(url("/claims")).status());
        assertThat(page.getByTestId("claims")).containsText(claimNumber);
        page.navigate(url("/claims/" + claimId + "/reserves/new"));
        FillIn.form(page, aReserve().date("2025-07-01").type("TREATMENT_COSTS").amount("1234").form());
        page.getByTestId("save").click();
        page.waitForURL(CLAIM_PAGE);
        assertThat(page.getByTestId("reserves")).containsText("1 234,00");
        assertEquals(refusedBefore, keycloak.refused(), "connections to Keycloak while serving a logged-in person");

        // Meanwhile a new visitor is told, in Estonian and after the switch in English, that login has to wait.
        BrowserContext strangersBrowser = browser.newContext();
        try {
            Page stranger = strangersBrowser.newPage();
            assertLoginUnavailableInEstonian(stranger, stranger.navigate(url("/claims")));
            Response english = stranger.waitForResponse(response -> response.url().endsWith(LoginResource.UNAVAILABLE),
                    () -> stranger.getByTestId("lang-switch").click());
            assertEquals(503, english.status());
            assertThat(stranger.locator("html")).hasAttribute("lang", "en");
            assertThat(stranger.locator("h1")).hasText("Login is unavailable right now");
            assertThat(stranger.getByTestId("login-unavailable")).containsText("try again in a few minutes");
            PortalBrowser.assertAccessible(stranger);
            PortalBrowser.screenshot(stranger, "login-unavailable-en");

            // Keycloak is back: the new visitor logs in, still without a restart. (A session that could not be
            // refreshed is sent to /login, which now passes on to the login too.)
            keycloak.up();
            assertEquals(url("/"), seeOtherFrom(stranger, LoginResource.LOGIN));
            stranger.getByTestId("try-again").click();
            KeycloakLogin.logIn(stranger, DemoAccount.LAANEMERE_STAFF.username, DemoAccount.PASSWORD);
            stranger.waitForURL(url(DemoAccount.LAANEMERE_STAFF.homePath));
            assertThat(stranger.getByTestId("who-org")).hasText(DemoAccount.LAANEMERE_STAFF.organisationEt);
        } finally {
            strangersBrowser.close();
        }
    }

    /** Where the portal sends a browser from this path, without following. */
    private String seeOtherFrom(Page visitor, String path) {
        APIResponse response = visitor.request().get(url(path), RequestOptions.create().setMaxRedirects(0));
        assertEquals(303, response.status(), "status of " + path);
        return response.headers().get("location");
    }

    private static void assertLoginUnavailableInEstonian(Page visitor, Response response) {
        assertEquals(503, response.status(), "status of " + response.url());
        assertEquals(String.valueOf(LoginResource.RETRY_AFTER_SECONDS), response.headerValue("retry-after"));
        assertThat(visitor).hasURL(Pattern.compile(".*/login/unavailable$"));
        assertThat(visitor.locator("html")).hasAttribute("lang", "et");
        assertThat(visitor.locator("h1")).hasText("Sisselogimine ei ole praegu võimalik");
        assertThat(visitor.getByTestId("login-unavailable")).containsText("Proovige mõne minuti pärast uuesti");
        PortalBrowser.assertAccessible(visitor);
        PortalBrowser.screenshot(visitor, "login-unavailable-et");
    }

    @Test
    @Order(2)
    void anAdminIsToldThatTheirPeopleCannotBeReadOrChangedWhileKeycloakIsDownAndNothingIsKept() throws SQLException {
        keycloak.up();
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));
        long auditedBefore = personChanges();
        keycloak.down();
        Locator staff = page.getByTestId("person-pohjala.staff");
        staff.getByTestId("role-select").selectOption("");
        Response refused = page.waitForResponse(r -> r.url().endsWith("/role"),
                () -> staff.getByTestId("role-save").click());
        assertEquals(503, refused.status());
        assertThat(page.getByTestId("people-unavailable")).containsText("Keycloak");
        assertEquals(503, page.navigate(url("/people")).status());
        assertThat(page.getByTestId("people-unavailable")).containsText("Keycloak");
        PortalBrowser.assertAccessible(page);

        keycloak.up();
        assertEquals(200, page.navigate(url("/people")).status());
        assertThat(page.getByTestId("person-pohjala.staff").getByTestId("person-roles"))
                .hasText("Kindlustusandja töötaja");
        assertEquals(auditedBefore, personChanges(), "no audit of a change that was not made");
    }

    private long personChanges() throws SQLException {
        try (Connection owner = database.asOwner()) {
            return DatabaseSessions.count(owner, "select count(*) from reference_change where subject = 'PERSON'");
        }
    }
}
