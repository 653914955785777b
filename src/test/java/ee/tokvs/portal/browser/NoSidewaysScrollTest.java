package ee.tokvs.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.anOutstandingRecovery;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.RoleMatrixTest;
import ee.tokvs.portal.access.RoleMatrixTest.Who;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import ee.tokvs.portal.upload.UploadFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No page of the portal scrolls sideways, on a laptop (1366 × 768) or a phone (390 × 844): every role logs in and
 * opens every page the role matrix ({@link RoleMatrixTest}) lets it reach, path parameters filled with records of
 * this test's own, and the page must be no wider than the window. What is wider than a phone — a table of many
 * columns — scrolls inside its own box, which the keyboard can reach; axe checks those boxes at phone width.
 *
 * <p>The pages come from the matrix, so a new page is walked as soon as it is added there (which
 * {@code RoleMatrixTest} makes sure of); a new path parameter fails here until it is given a value.
 */
@QuarkusTest
class NoSidewaysScrollTest extends BrowserTest {

    /** Routes of the matrix that answer with no page of their own, and why. Files (".{format…}") are left out too. */
    private static final Map<String, String> NOT_PAGES = Map.of(
            "GET /lang/{code}", "switches the language and goes back to the page it came from",
            "GET /login", "goes on to Keycloak's login page",
            "GET /uploads/{id}/status", "a fragment the upload's page polls, shown inside that page");

    /** Pages whose question makes a longer page than their empty form: the §4 answers. */
    private static final Map<String, List<String>> ASKED = Map.of(
            "/queries/provider", List.of("", "?registryCode=%provider"),
            "/queries/provider/print", List.of("?registryCode=%provider"),
            "/queries/profile", List.of("", "?riskProfile=NURSING_CARE"),
            "/queries/profile/print", List.of("?riskProfile=NURSING_CARE"));

    /** Pages outside a role's row of the matrix that it still lands on: the home of a person without a portal role. */
    private static final Map<Who, List<String>> LANDINGS = Map.of(Who.NO_ROLE, List.of("/"));

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    /** The records the pages show, made once for the class: the first test's, kept for the second. */
    private static Records records;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @TempDir
    Path dir;

    /** A contract amended once, a claim under it with a row of every kind, a refused upload, and the provider insured. */
    private record Records(long contract, long claim, long upload, String provider, java.util.Map<String, Long> items) {
    }

    @BeforeEach
    void aRegisterWithSomethingOnEveryPage() throws Exception {
        if (records != null) {
            return;
        }
        String provider = register.provider("NURSING_CARE");
        var contract = register.contract(DemoData.POHJALA, aContract().policyholder(provider));
        register.change(DemoData.POHJALA, contract.id(), ChangeKind.AMENDMENT,
                aContract().number(contract.number()).policyholder(provider).changeDate("2025-03-01")
                        .sums("150000.00", "450000.00"));
        long claim = register.claim(DemoData.POHJALA, aClaim().contract(contract.number()).insured("III")
                .specialty("GENERAL_SURGERY")).id();
        register.add(DemoData.POHJALA, claim, aPayout().amount("1200,50"));
        register.add(DemoData.POHJALA, claim, aReserve().amount("3000"));
        register.add(DemoData.POHJALA, claim, aRecovery().amount("-200"));
        register.add(DemoData.POHJALA, claim, anOutstandingRecovery().amount("500"));
        java.util.Map<String, Long> items = new java.util.HashMap<>();
        for (String table : List.of("payout", "reserve", "recovery", "outstanding_recovery")) {
            items.put(table, fixtures.count(DemoData.POHJALA, "select id from " + table + " where claim_id = ?", claim));
        }
        records = new Records(contract.id(), claim, refusedUpload(contract.number()), provider, items);
    }

    /** An upload refused for its problems, sent through the page as staff do: its page has the problems' table. */
    private long refusedUpload(String contract) throws Exception {
        String number = RegisterFixtures.unique("WIDE");
        Path file = UploadFiles.claims()
                .claim(number, contract, "on kindlustusjuhtum", "muu", "III")
                .item("väljamakse", number, "15.07.2025", "ravikulud", "=1+2")
                .csv(dir);
        Page staff = logInElsewhereAs(DemoAccount.POHJALA_STAFF);
        staff.navigate(url("/uploads"));
        staff.locator("input[name=kind][value=CLAIMS]").check();
        staff.setInputFiles("#file", file);
        staff.getByTestId("upload").click();
        staff.waitForURL(Pattern.compile(".*/uploads/\\d+$"));
        assertThat(staff.getByTestId("upload-refused"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(Waiting.PATIENCE.toMillis()));
        return Long.parseLong(staff.url().replaceAll(".*/uploads/", ""));
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1366, 390})
    void noPageScrollsSideways(int width) {
        int height = width > 1000 ? 768 : 844;
        long mandate = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, true, true);
        List<String> wide = new ArrayList<>();
        int seen = 0;
        try {
            for (Who who : Stream.concat(Stream.of((Who) null), Arrays.stream(Who.values())).toList()) {
                BrowserContext session = browser.newContext();
                try {
                    Page as = session.newPage();
                    as.setViewportSize(width, height);
                    if (who != null) {
                        as.navigate(url("/"));
                        KeycloakLogin.logIn(as, who.account.username, DemoAccount.PASSWORD);
                        as.waitForURL(address -> address.startsWith(url("/")));
                    }
                    if (who == Who.REPRESENTATIVE) {
                        session.addCookies(List.of(new Cookie(ActingInsurer.CHOICE_COOKIE, DemoData.POHJALA).setUrl(url("/"))));
                    }
                    String name = who == null ? "logged out" : who.account.username;
                    List<String> paths = new ArrayList<>(pages(who));
                    paths.addAll(who == null ? List.of() : LANDINGS.getOrDefault(who, List.of()));
                    for (String path : paths) {
                        wide.addAll(sideways(as, name, path, width, status(who, path)));
                        seen++;
                    }
                } finally {
                    session.close();
                }
            }
        } finally {
            register.revokeMandate(DemoData.POHJALA, mandate);
        }
        assertTrue(seen > 100, "every role's pages were walked: " + seen);
        assertTrue(wide.isEmpty(), "pages that scroll sideways at " + width + " × " + height + " (screenshots in "
                + PortalBrowser.SCREENSHOTS + "):\n" + String.join("\n", wide));
    }

    /**
     * On a phone the main menu folds behind its button, which the keyboard opens and Escape closes; a wide table's box
     * takes the focus and the arrow keys scroll the table, not the page; axe finds nothing wrong with either, on the
     * pages whose tables are widest for each side.
     */
    @Test
    void onAPhoneTheMenuFoldsAndWideTablesScrollInTheirOwnBoxesByKeyboard() {
        page.setViewportSize(390, 844);
        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/claims"));

        Locator menu = page.getByTestId("menu-toggle");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(page.getByTestId("nav-claims")).isHidden();
        PortalBrowser.assertAccessible(page);
        menu.focus();
        page.keyboard().press("Enter");
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(page.getByTestId("nav-unknown-providers")).isVisible();
        PortalBrowser.assertAccessible(page);
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Avaleht");
        page.keyboard().press("Escape");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(menu).isFocused();

        Locator box = page.locator(".table-scroll").filter(new Locator.FilterOptions().setHas(page.getByTestId("claims")));
        assertThat(box).hasAttribute("aria-label", "Tabel: Kahjunõuded");
        box.focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction("box => box.scrollLeft > 0", box.elementHandle());
        assertTrue(((Number) page.evaluate("() => window.scrollX")).intValue() == 0, "the page stayed where it was");
        PortalBrowser.screenshot(page, "phone-claims");

        for (String path : List.of("/claims/" + records.claim(), "/contracts/" + records.contract(), "/terviseamet",
                "/reference/code-lists/ADDITIONAL_COMPETENCE", "/audit", "/dashboards")) {
            page.navigate(url(path));
            PortalBrowser.assertAccessible(page);
        }
        context.clearCookies();
        logInAs(DemoAccount.POHJALA_STAFF);
        for (String path : List.of("/uploads", "/uploads/" + records.upload(),
                "/queries/profile?riskProfile=NURSING_CARE", "/queries/provider/print?registryCode=" + records.provider())) {
            page.navigate(url(path));
            PortalBrowser.assertAccessible(page);
        }
    }

    /**
     * Every page the role may open, by the matrix (the public pages, logged out, for {@code null}), path parameters
     * filled in: each kind of a claim's money row, each code list, both changes of a contract.
     */
    private static List<String> pages(Who who) {
        List<String> pages = new ArrayList<>();
        RoleMatrixTest.matrix().forEach((route, allowed) -> {
            String[] verbAndPath = route.split(" ", 2);
            boolean reached = who == null ? allowed.size() == Who.values().length : allowed.contains(who);
            if (!verbAndPath[0].equals("GET") || !reached || NOT_PAGES.containsKey(route) || route.contains(".{format")) {
                return;
            }
            for (String path : filled(verbAndPath[1])) {
                for (String asked : ASKED.getOrDefault(path, List.of(""))) {
                    pages.add(path + asked.replace("%provider", records.provider()));
                }
            }
        });
        return pages;
    }

    /** The path with each parameter replaced by every value this test has for it. */
    private static List<String> filled(String path) {
        Matcher parameter = PARAMETER.matcher(path);
        if (!parameter.find()) {
            return List.of(path);
        }
        String name = parameter.group();
        List<String> values = switch (name) {
            case "{id}" -> List.of(String.valueOf(path.startsWith("/claims") || path.startsWith("/follow-ups") ? records.claim()
                    : path.startsWith("/uploads") ? records.upload() : records.contract()));
            case "{kind}" -> Arrays.stream(ItemForm.Kind.values()).map(kind -> kind.path).toList();
            case "{kind: amend|extend}" -> List.of("amend", "extend");
            case "{list}" -> Arrays.stream(CodeList.values()).map(Enum::name).toList();
            case "{code}" -> List.of(DemoData.PROVIDER_LARGE_HOSPITAL);
            // a money row of the kind the path names already, on the claim of the records (its correction's page)
            case "{item}" -> List.of(String.valueOf(records.items().get(
                    ItemForm.Kind.ofPath(path.split("/")[3]).name().toLowerCase(java.util.Locale.ROOT))));
            default -> throw new AssertionError("no value for " + name + " in " + path + ": give it one here");
        };
        return values.stream()
                .flatMap(value -> filled(path.substring(0, parameter.start()) + value + path.substring(parameter.end())).stream())
                .toList();
    }

    /**
     * The status the page answers with: 200, but 503 from the page saying the login is unavailable (which sends a
     * logged-in person on to their home), and 403 from the home of a person without a portal role (which says so).
     */
    private static int status(Who who, String path) {
        if (path.equals("/login/unavailable") && who == null) {
            return 503;
        }
        boolean home = path.equals("/") || path.equals("/login/unavailable");
        return home && who == Who.NO_ROLE ? 403 : 200;
    }

    /**
     * Opens the page and says so if it is wider than the window, naming the outermost elements that stick out; or if
     * it answered with another status than it should.
     */
    private List<String> sideways(Page on, String who, String path, int width, int status) {
        Response response = on.navigate(url(path));
        if (response == null || response.status() != status) {
            return List.of(who + " " + path + ": answered " + (response == null ? "nothing" : response.status()));
        }
        // a narrow screen's main menu is measured open, as wide as it gets
        Locator menu = on.getByTestId("menu-toggle");
        if (menu.isVisible()) {
            menu.click();
            assertThat(menu).hasAttribute("aria-expanded", "true");
        }
        // the dashboard's charts draw after load; two frames later the page has its final width
        on.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) on.evaluate(MEASURE);
        int pageWidth = ((Number) measured.get("page")).intValue();
        int window = ((Number) measured.get("window")).intValue();
        if (pageWidth <= window) {
            return List.of();
        }
        PortalBrowser.screenshot(on, "sideways-" + width + "-" + who.replaceAll("\\W+", "_")
                + path.replaceAll("\\W+", "_"));
        return List.of(who + " " + path + ": " + pageWidth + " px wide in a window of " + window + " px; sticking out: "
                + measured.get("culprits"));
    }

    /**
     * The page's width against the window's room (its width without a scroll bar), and the outermost elements reaching
     * past the window's right edge (whose parent does not, and which no box of their own scrolls), with how far.
     */
    private static final String MEASURE = """
            () => {
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + [...e.classList].map(c => '.' + c).join('')
                + (e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : '');
              const room = document.documentElement.clientWidth;
              const past = e => e.getBoundingClientRect().right > room + 0.5;
              const inBox = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
              };
              const culprits = [...document.body.querySelectorAll('*')]
                .filter(e => past(e) && e.parentElement && !past(e.parentElement) && !inBox(e))
                .slice(0, 6)
                .map(e => name(e.parentElement) + ' > ' + name(e) + ' (to ' + Math.round(e.getBoundingClientRect().right) + ' px)');
              return { page: document.documentElement.scrollWidth, window: room, culprits: culprits.join(', ') };
            }
            """;
}
