package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.session.LoginResource;
import ee.tokvs.portal.testdata.ActingAsPohjalaAdmin;
import ee.tokvs.portal.testdata.ActingAsTerviseametAdmin;
import ee.tokvs.portal.testdata.FormToken;
import ee.tokvs.portal.testdata.PageForms;
import ee.tokvs.portal.testdata.RawHttp;
import ee.tokvs.portal.testdata.RawHttp.Reply;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Routes;
import ee.tokvs.portal.testdata.Waiting;
import ee.tokvs.portal.upload.UploadFiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Odd input is a clear 4xx, never a 500, and never a stack trace in the log: a corpus of odd values (dates
 * beyond PostgreSQL's range, control characters, broken percent-encoding, lone surrogates, markup, very long
 * text) goes into every path segment, query parameter and form field of every route the application has,
 * anonymously and as an insurer admin and a Terviseamet admin. Routes come from the compiled resources ({@link Routes});
 * fields from the resources' parameters and from the forms and links on the
 * pages themselves; each form field is varied alone while the others keep the values the page offers, so
 * an odd value that passes the rules would reach the database.
 */
@QuarkusTest
class OddInputTest {

    /** Odd values as sent on the wire (percent-encoded), so that broken encodings can be sent too. */
    static final List<String> CORPUS = List.of(
            "%2B999999999-01-01", "-999999999-01-01", "0000-01-01", "2101-01-01", "31.12.99999", "%00", "a%00b",
            "%01%07%1B%7F%C2%85", "%09a%0D%0Ab", "%ED%A0%80", "%C0%80", "%", "%zz", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/%20x", "-1", "99999999999999999999999", "1e400", "x".repeat(5000), "%27%3B%20drop%20table%20claim%3B--");

    @TestHTTPResource("/")
    URL portal;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler logWatch = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                logged.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void watchTheLog() {
        java.util.logging.Logger.getLogger("").addHandler(logWatch);
    }

    @AfterEach
    void stopWatching() {
        java.util.logging.Logger.getLogger("").removeHandler(logWatch);
    }

    @Test
    void anAnonymousVisitorGetsNoServerErrorFromOddInput() throws Exception {
        assertNoServerError(tryEverything(Map.of()), "anonymous");
    }

    @Test
    @ActingAsPohjalaAdmin
    void anInsurerAdminGetsNoServerErrorFromOddInput() throws Exception {
        long contract = register.contract(DemoData.POHJALA).id();
        long claim = register.claim(DemoData.POHJALA).id();
        assertNoServerError(tryEverything(Map.of("/contracts/{id}", contract, "/claims/{id}", claim, "/follow-ups/{id}", claim)), "insurer admin");
    }

    @Test
    @ActingAsTerviseametAdmin
    void aTerviseametAdminGetsNoServerErrorFromOddInput() throws Exception {
        long contract = register.contract(DemoData.POHJALA).id();
        long claim = register.claim(DemoData.POHJALA).id();
        assertNoServerError(tryEverything(Map.of("/contracts/{id}", contract, "/claims/{id}", claim, "/follow-ups/{id}", claim)), "Terviseamet admin");
    }

    @Test
    @ActingAsPohjalaAdmin
    void aListLeavesOutAnUnreadableFilterAndSaysSoInTheUsersLanguage() throws Exception {
        Reply contracts = send("GET", "/contracts?q=%00", null, null);
        assertEquals(200, contracts.status());
        assertTrue(contracts.body().contains("data-testid=\"ignored-input\""), contracts.body());
        assertTrue(contracts.body().contains("Otsingus jäeti arvestamata „\uFFFD“"), "the notice names the value");

        Reply claims = send("GET", "/claims?receivedFrom=%2B999999999-01-01&status=SUBMITTED", null, null, "tokvs_lang=en");
        assertEquals(200, claims.status());
        assertTrue(claims.body().contains("Left out of the search: „+999999999-01-01“"), claims.body());
        assertTrue(claims.body().contains("name=\"status\""), "the list is shown");

        Reply plain = send("GET", "/claims?receivedFrom=2025-01-01", null, null);
        assertFalse(plain.body().contains("ignored-input"), "a readable filter gets no notice");
        assertEquals(List.of(), new ArrayList<>(logged));
    }

    @Test
    @ActingAsTerviseametAdmin
    void anUnreadablePathGetsTheBadRequestPageInTheUsersLanguage() throws Exception {
        Reply estonian = send("GET", "/reference/providers/a%00b", null, null);
        assertEquals(400, estonian.status());
        assertTrue(estonian.header("content-type").contains("charset=UTF-8"), estonian.header("content-type"));
        assertTrue(estonian.body().contains("Aadressi ei saa lugeda"), estonian.body());
        Reply english = send("GET", "/reference/providers/%E2%82", null, null, "tokvs_lang=en");
        assertEquals(400, english.status());
        assertTrue(english.body().contains("The address cannot be read"), english.body());
        assertEquals(List.of(), new ArrayList<>(logged));
    }

    @Test
    @ActingAsPohjalaAdmin
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // only so that a job that never ends cannot hang the build
    void anUploadWithOddCellsIsRefusedRowByRowNotFailed() throws Exception {
        String nul = "\u0000";
        String claims = UploadFiles.claims()
                .claimChanged("N" + nul + "1", "L" + nul, "on kindlustusjuhtum", "diagnoosimis- või raviviga", "III", "+999999999-01-01")
                .row(String.join(";", "nõue", "N-\u0007", "L-\u001b", "-999999999-01-01", "J\u007f", "0000-01-01",
                        "on kindlustusjuhtum", "diagnoosimis- või raviviga", "III", "eri" + nul, "lisa" + nul, "jah" + nul,
                        "31.12.2101", "", "", "", "", "", ""))
                .item("väljamakse", "N" + nul + "2", "+999999999-01-01", "ravikulud" + nul, "1" + nul)
                .text();
        String contracts = UploadFiles.contracts()
                .contract("L" + nul + "9", "sõlmimine", "+999999999-01-01", "9000" + nul + "21", "0000-01-01", "2101-01-01",
                        "1e400", "100" + nul)
                .text();
        for (String[] upload : List.of(new String[] {"CLAIMS", claims}, new String[] {"CONTRACTS", contracts})) {
            Reply sent = sendFile("/uploads", Map.of("kind", upload[0]), "odd.csv", upload[1]);
            assertEquals(303, sent.status(), upload[0] + ": " + sent.body());
            long id = Long.parseLong(sent.header("location").replaceAll(".*/uploads/(\\d+).*", "$1"));
            // Wait for this upload's own end, however long the job takes on a busy machine.
            Waiting.until("upload " + id + " to end", () -> fixtures.count(DemoData.POHJALA,
                    "select count(*) from upload where id = ? and status in ('DONE', 'REFUSED', 'FAILED')", id) > 0);
            assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from upload where id = ? and status = 'REFUSED'", id),
                    upload[0] + " upload " + id + " should be refused with its problems listed");
            Reply page = send("GET", "/uploads/" + id, null, null);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("data-testid=\"upload-problems\""), page.body());
        }
        assertEquals(List.of(), new ArrayList<>(logged), "the log got errors from odd cells");
    }

    @Test
    void theLanguageSwitchNeverFailsOnItsBackAddress() throws Exception {
        for (String back : List.of("/%20x", "/%25", "/%3Cscript%3E", "/%00", "%2F%2Fevil.example", "/%ED%A0%80", "/%C2%85")) {
            Reply reply = send("GET", "/lang/en?back=" + back, null, null);
            assertEquals(303, reply.status(), back + " → " + reply.status());
            String home = portal.toString().replaceAll("/$", "");
            assertTrue(reply.header("location").startsWith(home + "/"), back + " → " + reply.header("location"));
        }
        // Broken percent-encoding in a query is refused by Vert.x itself, before the portal: a bare 400, nothing logged.
        assertEquals(400, send("GET", "/lang/en?back=/x%zz", null, null).status());
        assertEquals(List.of(), logged, "the log got errors from the language switch");
    }

    private void assertNoServerError(List<String> failures, String who) {
        assertTrue(failures.isEmpty(), who + " got server errors from odd input:\n" + String.join("\n", failures));
        assertEquals(List.of(), new ArrayList<>(logged), who + ": the log got errors from odd input");
    }

    /** Every route with odd path segments, odd query parameters and odd form fields; returns what failed. */
    private List<String> tryEverything(Map<String, Long> ids) throws Exception {
        Set<String> routes = Routes.application().keySet();
        // What the pages offer: their forms (with the values they hold) and the query parameters of their links.
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        Map<String, Set<String>> linkParams = new LinkedHashMap<>();
        for (String route : routes) {
            if (route.startsWith("GET ")) {
                String path = concrete(route.substring(4), ids);
                Reply reply = send("GET", path, null, null);
                PageForms.readForms(reply.body(), forms);
                PageForms.readLinks(reply.body(), linkParams);
            }
        }
        List<String> failures = new ArrayList<>();
        Set<String> tried = new LinkedHashSet<>();
        for (String route : routes) {
            String verb = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            String path = concrete(template, ids);
            // Odd path segments, one at a time.
            String[] segments = template.split("/");
            for (int i = 0; i < segments.length; i++) {
                if (!segments[i].startsWith("{")) {
                    continue;
                }
                for (String odd : CORPUS) {
                    String[] concreteSegments = path.split("/");
                    concreteSegments[i] = odd;
                    String oddPath = String.join("/", concreteSegments);
                    check(failures, verb, oddPath, verb.equals("POST") ? "" : null);
                }
            }
            Map<String, String> form = forms.getOrDefault(path, Map.of());
            Set<String> names = new LinkedHashSet<>(Routes.declaredParameters(route));
            names.addAll(form.keySet());
            names.addAll(linkParams.getOrDefault(path, Set.of()));
            if (verb.equals("GET")) {
                // Filters are read independently of each other: every parameter odd at once.
                for (String odd : CORPUS) {
                    Map<String, String> values = new LinkedHashMap<>();
                    names.forEach(name -> values.put(name, odd));
                    check(failures, verb, path + "?" + encode(values), null);
                }
            } else if (!template.endsWith("/import") && !template.equals("/uploads")) {
                // A form's rules may stop at the first bad field: one odd field at a time, the others as the page has them.
                for (String name : names) {
                    for (String odd : CORPUS) {
                        Map<String, String> values = new LinkedHashMap<>(form);
                        values.put(name, odd);
                        check(failures, verb, path, encode(values));
                    }
                }
            } else {
                for (String name : ODD_FILE_NAMES) {
                    checkUpload(failures, path, name, form);
                }
            }
            tried.add(route);
        }
        assertEquals(routes, tried, "every route was tried");
        return failures;
    }

    /** Upload file names as a browser would send them in the multipart header (already unescaped). */
    static final List<String> ODD_FILE_NAMES = List.of("a\u0000b.csv", "\u0001\u001b[31m.csv", "../../etc/passwd",
            "C:\\Users\\x\\..\\claims.csv", "<script>alert(1)</script>.csv", "x".repeat(1000) + ".csv", "%00%zz.csv",
            "\u202Evsc.exe", " ", "\uD800.csv", "claims.csv\r\nX-Injected: 1");

    private void checkUpload(List<String> failures, String path, String fileName, Map<String, String> form) throws IOException {
        Reply reply = sendFile(path, form, fileName, "a;b\r\n1;2\r\n");
        if (reply.status() >= 500 || reply.status() < 100) {
            failures.add("POST " + path + " with file name " + fileName.substring(0, Math.min(60, fileName.length())) + " → " + reply.status());
        }
    }

    private Reply sendFile(String path, Map<String, String> form, String fileName, String content) throws IOException {
        RawHttp.Multipart multipart = RawHttp.multipart(form, fileName, content);
        return send("POST", path, multipart.body(), multipart.contentType());
    }

    private void check(List<String> failures, String verb, String target, String form) throws IOException {
        Reply reply = send(verb, target, form, form == null ? null : "application/x-www-form-urlencoded");
        String shown = (target.length() > 120 ? target.substring(0, 120) + "…" : target)
                + (form == null ? "" : " [" + (form.length() > 160 ? form.substring(0, 160) + "…" : form) + "]");
        boolean sayingLoginIsUnavailable = reply.status() == 503 && target.startsWith(LoginResource.UNAVAILABLE);
        if ((reply.status() >= 500 && !sayingLoginIsUnavailable) || reply.status() < 100) {
            failures.add(verb + " " + shown + " → " + reply.status());
        } else if (reply.status() == 403 && reply.body().contains("kaitsekood")) {
            failures.add(verb + " " + shown + " → refused for its form token, so the odd value never reached the page");
        } else if (reply.body().contains("\tat ") || reply.body().contains("Exception")) {
            failures.add(verb + " " + shown + " → " + reply.status() + " shows a stack trace");
        } else if (reply.header("content-type").startsWith("text/html")
                && !reply.header("content-type").replace(" ", "").equalsIgnoreCase("text/html;charset=UTF-8")) {
            failures.add(verb + " " + shown + " → " + reply.status() + " is HTML without its character set: "
                    + reply.header("content-type"));
        }
    }

    private static final Map<String, String> PATH_VALUES = Map.of(
            "{list}", "INCIDENT_TYPE", "{kind}", "payouts", "{kind: amend|extend}", "amend",
            "{kind: contracts|claims}", "claims", "{format: csv|xlsx}", "csv", "{figure}", "over_time", "{item}", "1");

    /**
     * What the posts may change is this test's own: a provider, a code-list entry and a mandate made for it, so
     * that odd values that are accepted (they may well be, in one field of an otherwise valid form) never
     * change the demo data other tests stand on.
     */
    private String ownProvider;
    private String ownCode;
    private long ownMandate;

    @org.junit.jupiter.api.BeforeEach
    void makeWhatThePostsMayChange() {
        ownProvider = register.provider("DENTAL_CARE");
        ownCode = register.codeListEntry(CodeList.INCIDENT_TYPE, "ODD_" + System.nanoTime() % 10_000_000);
        ownMandate = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, false, true);
    }

    @org.junit.jupiter.api.AfterEach
    void endOwnMandate() {
        register.revokeMandate(DemoData.POHJALA, ownMandate);
    }

    /** The route with real values in its path: the fixtures' ids, a known code list, provider and figure. */
    private String concrete(String template, Map<String, Long> ids) {
        String path = template.replace("/lang/{code}", "/lang/en");
        for (var id : ids.entrySet()) {
            if (path.startsWith(id.getKey())) {
                path = path.replace("{id}", String.valueOf(id.getValue()));
            }
        }
        path = path.replace("/mandates/{id}", "/mandates/" + ownMandate).replace("{id}", "1");
        path = path.replace("/code-lists/{list}/{code}", "/code-lists/INCIDENT_TYPE/" + ownCode)
                .replace("{code}", ownProvider);
        for (var value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        return path;
    }

    /** Values from the page are encoded here; the corpus values are already in their wire form. */
    private static String encode(Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + (CORPUS.contains(v) ? v : java.net.URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", pairs);
    }

    /**
     * Every request of this test goes through here, the form posts too. A plain socket, because the HTTP
     * clients refuse to send what this test is about (broken percent-encoding, control characters).
     */
    private Reply send(String verb, String target, String body, String contentType) throws IOException {
        return send(verb, target, body, contentType, null);
    }

    /**
     * The session's form token, sent as a header with every post, so the odd values reach the pages (a header
     * wins over the form field, so varying {@code _csrf} among the fields is harmless). Empty without a login.
     */
    private String formToken() throws IOException {
        if (formToken == null) {
            // the signed-out page is open to all and, for a logged-in request, carries the token like every page
            formToken = FormToken.find(send("GET", "/signed-out", null, null, null).body()).orElse("");
        }
        return formToken;
    }

    private String formToken;

    @org.junit.jupiter.api.BeforeEach
    void forgetTheFormToken() {
        formToken = null;
    }

    private Reply send(String verb, String target, String body, String contentType, String cookie) throws IOException {
        String token = verb.equals("GET") ? "" : formToken();
        Map<String, String> headers = new LinkedHashMap<>();
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        if (!token.isEmpty()) {
            headers.put(CsrfToken.HEADER, token);
        }
        return RawHttp.send(portal, verb, target, body, contentType, headers);
    }
}
