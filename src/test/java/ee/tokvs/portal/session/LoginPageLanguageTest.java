package ee.tokvs.portal.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's login page speaks the language the visitor chose in the portal, English or Estonian, even when Keycloak
 * remembers another from an earlier visit in the same browser; after the login the portal speaks it too. The page
 * wears the portal's look (realm-config/themes/tokvs) and passes axe.
 */
@QuarkusTest
class LoginPageLanguageTest extends BrowserTest {

    @Test
    void theLoginPageSpeaksThePortalsLanguage() {
        page.navigate(url("/lang/en?back=/insurer"));
        page.waitForSelector("#username");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("body")).containsText("Sign in to your account");
        // the portal's look: its stylesheet on Keycloak's, the portal's band behind the form
        assertThat(page.locator("link[href$='/login/tokvs/css/tokvs.css']")).hasCount(1);
        assertEquals("rgb(11, 61, 92)", page.evaluate(
                "() => getComputedStyle(document.querySelector('.pf-v5-c-login')).backgroundColor"));
        PortalBrowser.assertAccessible(page);

        // the same browser chooses Estonian: Keycloak follows the portal, not what it remembered
        page.navigate(url("/lang/et?back=/insurer"));
        page.waitForSelector("#username");
        assertThat(page.locator("html")).hasAttribute("lang", "et");
        assertThat(page.locator("body")).containsText("Logi sisse oma kontole");

        Page english = browser.newContext().newPage();
        english.navigate(url("/lang/en?back=/insurer"));
        KeycloakLogin.logIn(english, DemoAccount.POHJALA_STAFF.username, DemoAccount.PASSWORD);
        english.waitForURL(url("/insurer"));
        assertThat(english.locator("html")).hasAttribute("lang", "en");
        english.context().close();
    }
}
