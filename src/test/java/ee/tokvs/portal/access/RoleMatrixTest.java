package ee.tokvs.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.Routes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of docs/security.md as one table, tried for real: each demo role logs in through Keycloak
 * and requests every page and action; a role outside a route's row must get 403, a role inside it must not.
 * The table must name every route the application has, so a new page cannot be forgotten; other tests that must reach
 * every page take their list from it (browser/NoSidewaysScrollTest).
 */
@QuarkusTest
public class RoleMatrixTest extends BrowserTest {

    public enum Who {
        STAFF(DemoAccount.POHJALA_STAFF), ADMIN(DemoAccount.POHJALA_ADMIN), REPRESENTATIVE(DemoAccount.KAHJUABI_REP),
        ANALYST(DemoAccount.TA_ANALYST), TA_ADMIN(DemoAccount.TA_ADMIN), NO_ROLE(DemoAccount.NO_ROLE),
        /** A representative company's admin: a representative (the role is its composite), plus its people. */
        REP_ADMIN(DemoAccount.KAHJUABI_ADMIN);

        public final DemoAccount account;

        Who(DemoAccount account) {
            this.account = account;
        }
    }

    private static final Set<Who> EVERY_ROLE = EnumSet.of(Who.STAFF, Who.ADMIN, Who.REPRESENTATIVE, Who.ANALYST, Who.TA_ADMIN);
    private static final Set<Who> INSURER_SIDE = EnumSet.of(Who.STAFF, Who.ADMIN, Who.REPRESENTATIVE);
    private static final Set<Who> REGISTER_READERS = EnumSet.of(Who.STAFF, Who.ADMIN, Who.REPRESENTATIVE, Who.ANALYST, Who.TA_ADMIN);
    private static final Set<Who> TERVISEAMET = EnumSet.of(Who.ANALYST, Who.TA_ADMIN);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    /** The matrix: route → who may use it. Public pages are open to everyone, even without a login. */
    static final Map<String, Set<Who>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /signed-out", EVERYONE);
        MATRIX.put("GET /lang/{code}", EVERYONE);
        MATRIX.put("GET /login", EVERYONE);
        MATRIX.put("GET /login/unavailable", EVERYONE);
        MATRIX.put("GET /rules", EVERYONE);
        MATRIX.put("GET /statistika", EVERYONE);
        MATRIX.put("GET /statistika/statistika.{format: csv|json}", EVERYONE);
        MATRIX.put("GET /", EVERY_ROLE);
        MATRIX.put("GET /insurer", EnumSet.of(Who.STAFF, Who.ADMIN));
        MATRIX.put("GET /representative", EnumSet.of(Who.REPRESENTATIVE));
        MATRIX.put("POST /representative/act", EnumSet.of(Who.REPRESENTATIVE));
        MATRIX.put("POST /representative/leave", EnumSet.of(Who.REPRESENTATIVE));
        MATRIX.put("GET /terviseamet", TERVISEAMET);
        MATRIX.put("GET /contracts", REGISTER_READERS);
        MATRIX.put("GET /contracts/new", INSURER_SIDE);
        MATRIX.put("POST /contracts", INSURER_SIDE);
        MATRIX.put("GET /contracts/{id}", REGISTER_READERS);
        MATRIX.put("GET /contracts/{id}/{kind: amend|extend}", INSURER_SIDE);
        MATRIX.put("POST /contracts/{id}/{kind: amend|extend}", INSURER_SIDE);
        MATRIX.put("GET /effort", TERVISEAMET);
        MATRIX.put("POST /effort", INSURER_SIDE);
        MATRIX.put("GET /claims", REGISTER_READERS);
        MATRIX.put("GET /claims/export.{format: csv|xlsx}", REGISTER_READERS);
        MATRIX.put("GET /claims/new", INSURER_SIDE);
        MATRIX.put("POST /claims", INSURER_SIDE);
        MATRIX.put("GET /claims/{id}", REGISTER_READERS);
        MATRIX.put("GET /claims/{id}/edit", INSURER_SIDE);
        MATRIX.put("POST /claims/{id}/edit", INSURER_SIDE);
        MATRIX.put("GET /claims/{id}/{kind}/new", INSURER_SIDE);
        MATRIX.put("POST /claims/{id}/{kind}", INSURER_SIDE);
        MATRIX.put("GET /claims/{id}/{kind}/{item}/correct", INSURER_SIDE);
        MATRIX.put("POST /claims/{id}/{kind}/{item}/correct", INSURER_SIDE);
        MATRIX.put("GET /follow-ups/{id}", INSURER_SIDE);
        MATRIX.put("POST /follow-ups/{id}", INSURER_SIDE);
        MATRIX.put("POST /worklist/mail", EnumSet.of(Who.STAFF, Who.ADMIN));
        MATRIX.put("GET /uploads", INSURER_SIDE);
        MATRIX.put("POST /uploads", INSURER_SIDE);
        MATRIX.put("GET /uploads/{id}", INSURER_SIDE);
        MATRIX.put("GET /uploads/{id}/status", INSURER_SIDE);
        MATRIX.put("GET /uploads/{id}/problems.{format: csv|xlsx}", INSURER_SIDE);
        MATRIX.put("GET /uploads/templates/{kind: contracts|claims}.{format: csv|xlsx}", INSURER_SIDE);
        MATRIX.put("GET /uploads/examples/{kind: contracts|claims}.{format: csv|xlsx}", INSURER_SIDE);
        MATRIX.put("GET /dashboards", TERVISEAMET);
        MATRIX.put("GET /dashboards/export/{figure}.{format: csv|xlsx}", TERVISEAMET);
        MATRIX.put("GET /dashboards/triangles", TERVISEAMET);
        MATRIX.put("GET /mandates", EnumSet.of(Who.ADMIN, Who.ANALYST, Who.TA_ADMIN));
        MATRIX.put("GET /people", EnumSet.of(Who.ADMIN, Who.REP_ADMIN));
        MATRIX.put("POST /people/invite", EnumSet.of(Who.ADMIN, Who.REP_ADMIN));
        MATRIX.put("GET /organisations", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /organisations", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /organisations/{code}/close", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /people/{id}/role", EnumSet.of(Who.ADMIN, Who.REP_ADMIN));
        MATRIX.put("POST /people/{id}/remove", EnumSet.of(Who.ADMIN, Who.REP_ADMIN));
        MATRIX.put("POST /mandates", EnumSet.of(Who.ADMIN));
        MATRIX.put("POST /mandates/{id}/end", EnumSet.of(Who.ADMIN));
        MATRIX.put("POST /mandates/{id}/revoke", EnumSet.of(Who.ADMIN));
        MATRIX.put("GET /audit", EnumSet.of(Who.ADMIN, Who.ANALYST, Who.TA_ADMIN));
        MATRIX.put("GET /queries/provider", INSURER_SIDE);
        MATRIX.put("GET /queries/provider/print", INSURER_SIDE);
        MATRIX.put("GET /queries/profile", INSURER_SIDE);
        MATRIX.put("GET /queries/profile/print", INSURER_SIDE);
        MATRIX.put("GET /queries/log", EnumSet.of(Who.ADMIN, Who.ANALYST, Who.TA_ADMIN));
        MATRIX.put("GET /reference/code-lists", TERVISEAMET);
        MATRIX.put("GET /reference/code-lists/{list}", TERVISEAMET);
        MATRIX.put("POST /reference/code-lists/{list}", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /reference/code-lists/{list}/{code}/retire", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /reference/code-lists/{list}/{code}/reactivate", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("GET /reference/insurers", TERVISEAMET);
        MATRIX.put("POST /reference/insurers", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("GET /reference/providers", TERVISEAMET);
        MATRIX.put("GET /reference/providers/unknown", TERVISEAMET);
        MATRIX.put("GET /reference/providers/new", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /reference/providers", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("GET /reference/providers/{code}", TERVISEAMET);
        MATRIX.put("POST /reference/providers/{code}", EnumSet.of(Who.TA_ADMIN));
        MATRIX.put("POST /reference/providers/import", EnumSet.of(Who.TA_ADMIN));
        // Keycloak's server-to-server call: public, and refuses anything but a signed logout token (400).
        MATRIX.put("POST /back-channel-logout", EVERYONE);
        // Last, as it ends the session the rows above are requested in.
        MATRIX.put("POST /sign-out", EVERYONE);
    }

    /** The matrix as it stands, for tests that walk every page a role reaches. */
    public static Map<String, Set<Who>> matrix() {
        return Collections.unmodifiableMap(MATRIX);
    }

    @Inject
    Register register;

    @Test
    void theMatrixNamesEveryRouteOfTheApplication() throws Exception {
        Set<String> routes = Routes.pages();
        assertTrue(routes.size() > 20, "routes were found: " + routes);
        assertEquals(routes, new TreeSet<>(MATRIX.keySet()), "docs/security.md's matrix and this table must name every route");
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() {
        long contractId = register.contract(DemoData.POHJALA).id();
        long claimId = register.claim(DemoData.POHJALA).id();
        // the representative's working mandate: submitting and the §4 queries (the throwaway one is ended on the way)
        long workingMandate = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, true, true);
        long throwawayMandate = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, false, true);
        String throwawayCode = register.codeListEntry(CodeList.INCIDENT_TYPE, "MATRIX_" + System.nanoTime() % 100000);
        Map<String, String> values = Map.of("{id}", "", "{code}", throwawayCode, "{list}", "INCIDENT_TYPE",
                "{kind}", "payouts", "{kind: amend|extend}", "amend", "{kind: contracts|claims}", "claims",
                "{format: csv|xlsx}", "csv", "{format: csv|json}", "json", "{figure}", "over_time");

        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            BrowserContext session = browser.newContext();
            try {
                Page as = session.newPage();
                as.navigate(url("/"));
                KeycloakLogin.logIn(as, who.account.username, DemoAccount.PASSWORD);
                // back on the portal, logged in (the load state alone may still be Keycloak's page)
                as.waitForURL(address -> address.startsWith(url("/")));
                String token = PortalBrowser.formToken(as);
                for (var row : MATRIX.entrySet()) {
                    String[] verbAndPath = row.getKey().split(" ", 2);
                    String path = verbAndPath[1];
                    String id = path.startsWith("/claims") || path.startsWith("/follow-ups") ? String.valueOf(claimId)
                            : path.startsWith("/mandates") ? String.valueOf(throwawayMandate) : String.valueOf(contractId);
                    path = path.replace("{id}", id);
                    for (var value : values.entrySet()) {
                        path = path.replace(value.getKey(), value.getValue());
                    }
                    path = path.replace("/lang/{code}", "/lang/et").replace("/lang/" + throwawayCode, "/lang/et");
                    if (who == Who.REPRESENTATIVE || who == Who.REP_ADMIN) {
                        session.addCookies(List.of(new Cookie(ActingInsurer.CHOICE_COOKIE, DemoData.POHJALA).setUrl(url("/"))));
                    }
                    path = path.replace("/reference/providers/" + throwawayCode, "/reference/providers/" + DemoData.PROVIDER_DENTAL);
                    RequestOptions options = RequestOptions.create().setMaxRedirects(0);
                    if (path.endsWith("/import") || path.equals("/uploads")) {
                        options.setMultipart(FormData.create().set("_csrf", token)
                                .set("file", new FilePayload("empty.csv", "text/csv", new byte[0])));
                    } else {
                        options.setForm(FormData.create().set("_csrf", token).set("insurerCode", DemoData.POHJALA));
                    }
                    APIResponse response = verbAndPath[0].equals("GET") ? as.request().get(url(path), options)
                            : as.request().post(url(path), options);
                    boolean allowed = row.getValue().contains(who)
                            || who == Who.REP_ADMIN && row.getValue().contains(Who.REPRESENTATIVE);
                    boolean forbidden = response.status() == 403;
                    if (allowed == forbidden) {
                        wrong.add(who + " " + verbAndPath[0] + " " + path + " → " + response.status()
                                + (allowed ? " (should be allowed)" : " (should be 403)"));
                    }
                }
            } finally {
                session.close();
            }
        }
        // The fixture mandates end with the test, so other tests see a representative without one.
        register.revokeMandate(DemoData.POHJALA, workingMandate);
        register.revokeMandate(DemoData.POHJALA, throwawayMandate);
        assertTrue(wrong.isEmpty(), "the role matrix does not hold:\n" + String.join("\n", wrong));
    }
}
