package ee.tokvs.portal.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A browser test: one Chromium per class, a fresh browser context (no cookies) per test. */
public abstract class BrowserTest {

    @TestHTTPResource("/")
    protected URL portal;

    protected static PortalBrowser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new PortalBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected String url(String path) {
        return portal.toString().replaceAll("/$", "") + path;
    }

    /** Logs in through Keycloak's page and waits to land on the account's home. */
    protected void logInAs(DemoAccount account) {
        page.navigate(url("/"));
        KeycloakLogin.logIn(page, account.username, DemoAccount.PASSWORD);
        if (!account.homePath.equals("/")) {
            page.waitForURL(url(account.homePath));
        }
    }
}
