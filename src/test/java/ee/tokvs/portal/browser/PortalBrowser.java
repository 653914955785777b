package ee.tokvs.portal.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * Debian's Chromium driven by Playwright, as DEVELOPERS.md prescribes: no browser download, the system
 * binary, and the flags a closed network and a root user need. One browser per test class, a fresh
 * context (cookies, storage) per test.
 */
public final class PortalBrowser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Map<Page, List<String>> POLICY_VIOLATIONS = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public PortalBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("tokvs.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    public BrowserContext newContext() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("et-EE")
                .setViewportSize(1280, 900));
        // Actions and navigations wait for the page's state; this bound only ends a hang. Generous, so that a
        // loaded machine is slower, never failing.
        context.setDefaultTimeout(60_000);
        context.onPage(page -> page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                POLICY_VIOLATIONS.computeIfAbsent(page, p -> new CopyOnWriteArrayList<>()).add(message.text());
            }
        }));
        return context;
    }

    /**
     * The session's form token as the current page carries it: a test that posts without the page's form adds
     * it, so that what it tests (a role, a tampered id) is what refuses the request, not the missing token.
     */
    public static String formToken(Page page) {
        return page.locator("meta[name=csrf-token]").getAttribute("content");
    }

    /** Fails if the browser blocked anything on the page under the Content-Security-Policy. */
    public static void assertNoPolicyViolations(Page page) {
        List<String> violations = POLICY_VIOLATIONS.getOrDefault(page, List.of());
        Assertions.assertTrue(violations.isEmpty(), "Content-Security-Policy violations on " + page.url() + ":\n"
                + String.join("\n", violations));
    }

    /** Runs axe on the page and fails with every violation named, so a report tells what to fix. */
    public static void assertAccessible(Page page) {
        assertNoPolicyViolations(page);
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        Assertions.assertFalse(results.getPasses().isEmpty(), "axe ran no rule on " + page.url());
        Assertions.assertTrue(violations.isEmpty(), "axe violations on " + page.url() + ":\n" + report);
    }

    /** Saves a full-page screenshot under target/screenshots for people to look at. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
