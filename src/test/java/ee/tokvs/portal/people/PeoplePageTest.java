package ee.tokvs.portal.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * An insurer admin sees its organisation's people as Keycloak keeps them, with their portal roles, in both languages;
 * another insurer's people are not there. (Who may open the page at all: RoleMatrixTest.)
 */
@QuarkusTest
class PeoplePageTest extends BrowserTest {

    @Test
    void anInsurerAdminSeesItsOwnPeopleAndTheirRoles() {
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.getByTestId("nav-people").click();
        page.waitForURL(url("/people"));
        assertThat(page.getByTestId("person-pohjala.staff").getByTestId("person-roles"))
                .hasText("Kindlustusandja töötaja");
        assertThat(page.getByTestId("person-pohjala.admin").getByTestId("person-roles"))
                .hasText("Kindlustusandja administraator");
        assertThat(page.getByTestId("person-laanemere.staff")).hasCount(0);
        assertThat(page.getByTestId("person-laanemere.admin")).hasCount(0);
        PortalBrowser.assertAccessible(page);

        page.getByTestId("lang-switch").click();
        assertThat(page.locator("h1")).hasText("Your organisation's people");
        assertThat(page.getByTestId("person-pohjala.staff").getByTestId("person-roles")).hasText("Insurer staff");
    }

    @Test
    void staffHaveNoPeoplePageInTheirMenu() {
        logInAs(DemoAccount.POHJALA_STAFF);
        assertThat(page.getByTestId("nav-claims")).isVisible();
        assertThat(page.getByTestId("nav-people")).hasCount(0);
    }
}
