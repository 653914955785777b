package ee.tokvs.portal.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakAdmin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A representative company's admin (representative-admin, a composite of representative) is a representative first
 * and manages the company's people: only representative roles, only its own company's people.
 */
@QuarkusTest
class RepresentativeAdminTest extends BrowserTest {

    @Test
    void theCompanysAdminActsAsARepresentativeAndManagesOnlyItsOwnPeople() {
        logInAs(DemoAccount.KAHJUABI_ADMIN);
        assertThat(page.getByTestId("who-role")).hasText("Volitatud isik");
        page.getByTestId("home-people").click();
        page.waitForURL(url("/people"));
        assertThat(page.getByTestId("person-kahjuabi.rep").getByTestId("person-roles")).hasText("Volitatud isik");
        assertThat(page.getByTestId("person-kahjuabi.admin").getByTestId("person-roles"))
                .hasText("Volitatud isik, Volitatud isiku administraator");
        assertThat(page.getByTestId("person-kahjuabi.admin").locator("option[selected]"))
                .hasText("Volitatud isiku administraator");
        assertThat(page.getByTestId("person-pohjala.staff")).hasCount(0);
        PortalBrowser.assertAccessible(page);

        String pohjalaStaff = new KeycloakAdmin().userId(DemoAccount.POHJALA_STAFF.username);
        assertEquals(404, post("/people/" + pohjalaStaff + "/role", "representative").status());
        String rep = new KeycloakAdmin().userId(DemoAccount.KAHJUABI_REP.username);
        APIResponse insurerRole = post("/people/" + rep + "/role", "insurer-admin");
        assertEquals(422, insurerRole.status());
        assertTrue(insurerRole.text().contains("rule_person_role_not_givable"));
        assertEquals(Set.of("default-roles-tokvs", "representative"), new KeycloakAdmin().realmRoles(rep));
    }

    /** representative-admin includes representative; moved down, the person must get representative mapped. */
    @Test
    void anAdminMovedDownToRepresentativeKeepsTheRepresentativeRole() {
        String username = "esindaja" + System.nanoTime() % 1_000_000;
        String id = new KeycloakAdmin().createMember(username, DemoData.KAHJUABI, "representative-admin");
        try {
            logInAs(DemoAccount.KAHJUABI_ADMIN);
            page.navigate(url("/people"));
            Locator row = page.getByTestId("person-" + username);
            row.getByTestId("role-select").selectOption("representative");
            row.getByTestId("role-save").click();

            assertThat(page.getByTestId("people-done")).isVisible();
            assertThat(page.getByTestId("person-" + username).getByTestId("person-roles")).hasText("Volitatud isik");
            assertEquals(Set.of("default-roles-tokvs", "representative"), new KeycloakAdmin().realmRoles(id));
        } finally {
            new KeycloakAdmin().deleteUser(id);
        }
    }

    private APIResponse post(String path, String role) {
        return page.request().post(url(path), RequestOptions.create().setMaxRedirects(0).setForm(FormData.create()
                .set("_csrf", PortalBrowser.formToken(page)).set("role", role)));
    }
}
