package ee.tokvs.portal.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakAdmin;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An insurer admin gives and takes its people's roles and removes members, against the real Keycloak: the person's
 * next request is refused, the change is in the audit, and another insurer's people, a role the admin may not give
 * and the last admin are refused. Each test makes its own colleague in Keycloak and deletes them afterwards.
 */
@QuarkusTest
class PeopleChangesTest extends BrowserTest {

    private static final RequestOptions NO_REDIRECTS = RequestOptions.create().setMaxRedirects(0);

    @Test
    void anAdminTakesAColleaguesRoleAndTheColleaguesNextRequestIsRefused() {
        String username = "kolleeg" + System.nanoTime() % 1_000_000;
        String id = new KeycloakAdmin().createMember(username, DemoData.POHJALA, "insurer-staff");
        try {
            Page colleague = logInElsewhereAs(username, "/insurer");
            assertEquals(200, colleague.request().get(url("/claims"), NO_REDIRECTS).status());

            logInAs(DemoAccount.POHJALA_ADMIN);
            page.navigate(url("/people"));
            Locator row = page.getByTestId("person-" + username);
            assertThat(row.getByTestId("person-roles")).hasText("Kindlustusandja töötaja");
            row.getByTestId("role-select").selectOption("");
            row.getByTestId("role-save").click();

            assertThat(page.getByTestId("people-done")).isVisible();
            assertThat(page.getByTestId("person-" + username).getByTestId("person-roles")).hasText("rolli ei ole");
            assertFalse(new KeycloakAdmin().realmRoles(id).contains("insurer-staff"), "Keycloak took the role");
            assertEquals(302, colleague.request().get(url("/claims"), NO_REDIRECTS).status(),
                    "the colleague's very next request is sent to log in");

            colleague.navigate(url("/claims"));
            KeycloakLogin.logIn(colleague, username, DemoAccount.PASSWORD);
            colleague.waitForURL(address -> address.startsWith(url("/")));
            assertEquals(403, colleague.request().get(url("/claims"), NO_REDIRECTS).status(),
                    "logged in again, without the role");

            Locator history = page.getByTestId("people-history");
            assertThat(history.locator("tr", new Locator.LocatorOptions().setHasText(username)).first())
                    .containsText("Roll muudeti");
            assertThat(history).containsText(DemoAccount.POHJALA_ADMIN.username);
            PortalBrowser.assertAccessible(page);
        } finally {
            new KeycloakAdmin().deleteUser(id);
        }
    }

    @Test
    void anAdminRemovesAColleagueWhoLosesTheOrganisationAndTheirSession() {
        String username = "lahkuja" + System.nanoTime() % 1_000_000;
        String id = new KeycloakAdmin().createMember(username, DemoData.POHJALA, "insurer-admin");
        try {
            Page colleague = logInElsewhereAs(username, "/insurer");
            assertEquals(200, colleague.request().get(url("/people"), NO_REDIRECTS).status());

            logInAs(DemoAccount.POHJALA_ADMIN);
            page.navigate(url("/people"));
            page.getByTestId("lang-switch").click();
            page.getByTestId("person-" + username).getByTestId("remove").click();

            assertThat(page.getByTestId("people-done")).containsText("removed from the organisation");
            assertThat(page.getByTestId("person-" + username)).hasCount(0);
            KeycloakAdmin keycloak = new KeycloakAdmin();
            assertTrue(keycloak.organisations(id).isEmpty(), "no longer a member");
            assertFalse(keycloak.realmRoles(id).contains("insurer-admin"), "the organisation's role is gone");
            assertEquals(302, colleague.request().get(url("/people"), NO_REDIRECTS).status());
            assertThat(page.getByTestId("people-history").locator("tr",
                    new Locator.LocatorOptions().setHasText(username)).first()).containsText("Removed");
        } finally {
            new KeycloakAdmin().deleteUser(id);
        }
    }

    @Test
    void anotherInsurersPeopleAreNotFound() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String other = keycloak.userId(DemoAccount.LAANEMERE_STAFF.username);
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));

        assertEquals(404, post("/people/" + other + "/role", "insurer-admin").status());
        assertEquals(404, post("/people/" + other + "/remove", "").status());
        assertEquals(Set.of("default-roles-tokvs", "insurer-staff"), keycloak.realmRoles(other));
        assertEquals(Set.of(DemoData.LAANEMERE), keycloak.organisations(other));
    }

    @Test
    void theLastAdminAndARoleTheAdminMayNotGiveAreRefused() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String admin = keycloak.userId(DemoAccount.POHJALA_ADMIN.username);
        String staff = keycloak.userId(DemoAccount.POHJALA_STAFF.username);
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));

        Locator own = page.getByTestId("person-" + DemoAccount.POHJALA_ADMIN.username);
        own.getByTestId("role-select").selectOption("insurer-staff");
        own.getByTestId("role-save").click();
        assertThat(page.locator("[data-rule=rule_person_last_admin]")).containsText("viimane administraator");
        PortalBrowser.assertAccessible(page);

        APIResponse removed = post("/people/" + admin + "/remove", "");
        assertEquals(422, removed.status());
        assertTrue(removed.text().contains("rule_person_last_admin"));
        APIResponse given = post("/people/" + staff + "/role", "terviseamet-admin");
        assertEquals(422, given.status());
        assertTrue(given.text().contains("rule_person_role_not_givable"));

        assertEquals(Set.of("default-roles-tokvs", "insurer-admin"), keycloak.realmRoles(admin));
        assertEquals(Set.of("default-roles-tokvs", "insurer-staff"), keycloak.realmRoles(staff));
        assertEquals(Set.of(DemoData.POHJALA), keycloak.organisations(admin));
    }

    @Test
    void aMemberWhoAlsoHoldsARoleTheAdminDoesNotGiveIsNotTheAdminsToChange() {
        String username = "segane" + System.nanoTime() % 1_000_000;
        String id = new KeycloakAdmin().createMember(username, DemoData.POHJALA, "representative");
        try {
            logInAs(DemoAccount.POHJALA_ADMIN);
            page.navigate(url("/people"));
            APIResponse removed = post("/people/" + id + "/remove", "");
            assertEquals(422, removed.status());
            assertTrue(removed.text().contains("rule_person_holds_other_role"));
            assertEquals(Set.of(DemoData.POHJALA), new KeycloakAdmin().organisations(id));
        } finally {
            new KeycloakAdmin().deleteUser(id);
        }
    }

    private APIResponse post(String path, String role) {
        return page.request().post(url(path), RequestOptions.create().setMaxRedirects(0).setForm(FormData.create()
                .set("_csrf", PortalBrowser.formToken(page)).set("role", role)));
    }
}
