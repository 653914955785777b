package ee.tokvs.portal.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakAdmin;
import ee.tokvs.portal.browser.PortalBrowser;
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

    private APIResponse post(String path, String role) {
        return page.request().post(url(path), RequestOptions.create().setMaxRedirects(0).setForm(FormData.create()
                .set("_csrf", PortalBrowser.formToken(page)).set("role", role)));
    }
}
