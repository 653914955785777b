package ee.tokvs.portal.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A browser test: one Chromium per class, a fresh browser context (no cookies) per test. When a test fails, its
 * pages are kept as screenshots under target/browser-failures, with a note of where they were and whatever the
 * test adds ({@link #stateOnFailure}), before the context closes.
 */
public abstract class BrowserTest {

    public static final Path FAILURES = Path.of("target", "browser-failures");

    /**
     * How long an assertion waits for the page to reach the state it checks. Generous, so that a loaded machine is
     * only slower, never failing: an assertion returns as soon as the state is there.
     */
    private static final double ASSERTION_PATIENCE_MS = 30_000;

    @TestHTTPResource("/")
    protected URL portal;

    protected static PortalBrowser browser;
    protected BrowserContext context;
    protected Page page;
    /** Other people's browsers in this test ({@link #logInElsewhereAs}), closed with it. */
    private final List<BrowserContext> others = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback keepFailure = this::keepFailure;

    @BeforeAll
    static void startBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_PATIENCE_MS);
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
        others.forEach(BrowserContext::close);
        others.clear();
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

    /**
     * Another person at another browser (a context of its own, closed with the test): logged in through Keycloak's
     * page and waiting on the account's home.
     */
    protected Page logInElsewhereAs(DemoAccount account) {
        return logInElsewhereAs(account.username, account.homePath);
    }

    /** As {@link #logInElsewhereAs(DemoAccount)}, for a person a test made, with the demo accounts' password. */
    protected Page logInElsewhereAs(String username, String homePath) {
        BrowserContext other = browser.newContext();
        others.add(other);
        Page elsewhere = other.newPage();
        elsewhere.navigate(url("/"));
        KeycloakLogin.logIn(elsewhere, username, DemoAccount.PASSWORD);
        elsewhere.waitForURL(address -> address.startsWith(url(homePath)));
        return elsewhere;
    }

    /** What the test knows beyond its pages, kept when it fails: the state of an upload it sent, say. */
    protected String stateOnFailure() {
        return "";
    }

    private void keepFailure(ExtensionContext test) {
        Throwable failure = test.getExecutionException().orElse(null);
        if (failure == null || context == null) {
            return;
        }
        String name = getClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FAILURES);
            StringBuilder note = new StringBuilder(failure + "\n");
            List<Page> pages = context.pages();
            for (int i = 0; i < pages.size(); i++) {
                String file = name + (i == 0 ? "" : "-" + (i + 1)) + ".png";
                note.append("page ").append(i + 1).append(": ").append(pages.get(i).url()).append(" → ").append(file)
                        .append('\n');
                pages.get(i).screenshot(new Page.ScreenshotOptions().setPath(FAILURES.resolve(file)).setFullPage(true));
            }
            note.append(stateOnFailure());
            Files.writeString(FAILURES.resolve(name + ".txt"), note);
        } catch (IOException | RuntimeException e) {
            // the report of a failure must not hide the failure
            failure.addSuppressed(e);
        }
    }
}
