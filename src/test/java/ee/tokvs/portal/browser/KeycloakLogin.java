package ee.tokvs.portal.browser;

import com.microsoft.playwright.Page;

/**
 * Logs in through Keycloak's own login page, as a person would. With Organizations enabled Keycloak asks
 * for the username first and the password on a second page; both shapes are handled.
 */
public final class KeycloakLogin {

    private KeycloakLogin() {
    }

    public static void logIn(Page page, String username, String password) {
        page.waitForSelector("#username");
        page.fill("#username", username);
        if (!page.isVisible("#password")) {
            page.click("#kc-login");
            page.waitForSelector("#password");
        }
        page.fill("#password", password);
        page.click("#kc-login");
    }
}
