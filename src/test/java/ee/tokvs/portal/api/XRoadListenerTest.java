package ee.tokvs.portal.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.XRoadListenerProfile;
import ee.tokvs.portal.testdata.XRoadListenerProfile.Client;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The X-Road way in, over real mutual TLS: the security server's certificate and the X-Road headers make a member's
 * system an insurer or a representative; the same headers anywhere else, or with another certificate, make nobody.
 */
@QuarkusTest
@TestProfile(XRoadListenerProfile.class)
class XRoadListenerTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String POHJALA_SYSTEM = "EE/COM/" + DemoData.POHJALA + "/kahjuregister";
    /** Representative companies of this test alone: one holds a mandate of Läänemere's, the other none. */
    private static final String MANDATED = "19980001";
    private static final String UNMANDATED = "19980018";

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @BeforeEach
    void representativeCompanies() {
        for (String code : List.of(MANDATED, UNMANDATED)) {
            fixtures.representativeCompany(code, "X-tee Esindaja " + code + " OÜ");
        }
    }

    @Test
    void anInsurersSystemReportsTheWholeJourneyAndItsRetriesChangeNothing() throws Exception {
        String contract = RegisterFixtures.unique("XJ");
        String claim = RegisterFixtures.unique("XJ");
        List<SystemClientApiTest.Call> journey = SystemClientApiTest.journey(contract, claim);
        List<String> answers = new ArrayList<>();
        for (SystemClientApiTest.Call step : journey) {
            HttpResponse<String> saved = call(Client.SECURITY_SERVER, step.method(), step.path(), step.body(),
                    "X-Road-Client", POHJALA_SYSTEM, ApiCall.IDEMPOTENCY_KEY, step.key());
            assertTrue(saved.statusCode() == 200 || saved.statusCode() == 201, step.path() + ": " + saved.body());
            assertEquals(WorkingDays.deadlineFor(step.businessDate()).toString(),
                    JsonPath.from(saved.body()).getString("submission.deadline"), step.path());
            answers.add(saved.body());
        }
        for (int i = 0; i < journey.size(); i++) {
            SystemClientApiTest.Call step = journey.get(i);
            HttpResponse<String> again = call(Client.SECURITY_SERVER, step.method(), step.path(), step.body(),
                    "X-Road-Client", POHJALA_SYSTEM, ApiCall.IDEMPOTENCY_KEY, step.key());
            assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null), step.path());
            assertEquals(answers.get(i), again.body(), step.path());
        }
        assertEquals(journey.size(), fixtures.count(DemoData.POHJALA, "select count(*) from submission_event"
                + " where record_label in (?, ?) and channel = 'API' and client = ?", contract, claim, "xroad:" + POHJALA_SYSTEM));
    }

    @Test
    void anInsurersSystemConcludesAContractAndReadsItBack() throws Exception {
        String number = RegisterFixtures.unique("XR");
        String xroadId = "EE-" + UUID.randomUUID();
        HttpResponse<String> concluded = call(Client.SECURITY_SERVER, "POST", "/api/v1/contracts/" + number,
                ContractApiTest.conclusion("2025-12-19"), "X-Road-Client", POHJALA_SYSTEM, "X-Road-Id", xroadId);
        assertEquals(201, concluded.statusCode(), concluded.body());
        assertEquals(number, JsonPath.from(concluded.body()).getString("record.number"));

        HttpResponse<String> read = call(Client.SECURITY_SERVER, "GET", "/api/v1/contracts/" + number, null,
                "X-Road-Client", POHJALA_SYSTEM);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(List.of("CONCLUSION"), JsonPath.from(read.body()).getList("versions.changeKind"));
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from api_call where client = ? and xroad_id = ?",
                "xroad:" + POHJALA_SYSTEM, xroadId));
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_label = ?"
                + " and actor_username = ? and actor_org_code is null", number, "xroad:" + POHJALA_SYSTEM));
    }

    @Test
    void aRepresentativesSystemWritesForTheInsurerItNamesUnderAMandate() throws Exception {
        register.mandate(DemoData.LAANEMERE, MANDATED, true, true);
        String number = RegisterFixtures.unique("XR");
        HttpResponse<String> concluded = call(Client.SECURITY_SERVER, "POST", "/api/v1/contracts/" + number,
                ContractApiTest.conclusion("2025-12-19"), "X-Road-Client", "EE/COM/" + MANDATED + "/esindus",
                "X-Road-Represented-Party", "COM/" + DemoData.LAANEMERE);
        assertEquals(201, concluded.statusCode(), concluded.body());
        assertEquals(1, fixtures.count(DemoData.LAANEMERE, "select count(*) from submission_event where record_label = ?"
                + " and actor_org_code = ?", number, MANDATED));
    }

    @Test
    void aRepresentativesSystemWithoutAMandateIsRefusedAndWritesNothing() throws Exception {
        String number = RegisterFixtures.unique("XR");
        HttpResponse<String> refused = call(Client.SECURITY_SERVER, "POST", "/api/v1/contracts/" + number,
                ContractApiTest.conclusion("2025-12-19"), "X-Road-Client", "EE/COM/" + UNMANDATED + "/esindus",
                "X-Road-Represented-Party", "COM/" + DemoData.LAANEMERE);
        assertProblem(403, "forbidden", refused);
        assertNothingWritten(number);
    }

    @Test
    void onThePlainPortTheXRoadHeadersMeanNothing() {
        String number = RegisterFixtures.unique("XR");
        for (String forwardedProto : new String[] {"http", "https"}) {
            given().contentType("application/json").header(ApiCall.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                    .header("X-Road-Client", POHJALA_SYSTEM).header("X-Forwarded-Proto", forwardedProto)
                    .body(ContractApiTest.conclusion("2025-12-19")).post("/api/v1/contracts/" + number)
                    .then().statusCode(401);
        }
        assertNothingWritten(number);
        // and the pages there still send a stranger to the login
        given().redirects().follow(false).get("/").then().statusCode(302);
    }

    @Test
    void aCertificateOfAnotherCaIsRefusedAtTheHandshakeAndAnUnpinnedOneWithA401() throws Exception {
        String number = RegisterFixtures.unique("XR");
        assertThrows(IOException.class, () -> call(Client.FOREIGN, "POST", "/api/v1/contracts/" + number,
                ContractApiTest.conclusion("2025-12-19"), "X-Road-Client", POHJALA_SYSTEM));
        assertProblem(401, "xroad_untrusted", call(Client.UNPINNED, "POST", "/api/v1/contracts/" + number,
                ContractApiTest.conclusion("2025-12-19"), "X-Road-Client", POHJALA_SYSTEM));
        assertNothingWritten(number);
    }

    @Test
    void malformedXRoadHeadersAreRefusedWithAProblem() throws Exception {
        String path = "/api/v1/contracts/" + RegisterFixtures.unique("XR");
        assertProblem(401, "xroad_client_invalid", call(Client.SECURITY_SERVER, "GET", path, null));
        for (String client : new String[] {"EE/GOV/70000001/register", "ee-test/COM/10000018/kahjuregister",
                "EE/COM/1000001/kahjuregister", "EE/COM/10000018", "EE/COM/10000018/a/b"}) {
            assertProblem(401, "xroad_client_invalid", call(Client.SECURITY_SERVER, "GET", path, null, "X-Road-Client", client));
        }
        assertProblem(401, "xroad_represented_party_invalid", call(Client.SECURITY_SERVER, "GET", path, null,
                "X-Road-Client", "EE/COM/" + MANDATED + "/esindus", "X-Road-Represented-Party", DemoData.LAANEMERE));
        HttpResponse<String> english = call(Client.SECURITY_SERVER, "GET", "/contracts", null, "X-Road-Client",
                POHJALA_SYSTEM, "Accept-Language", "en");
        assertProblem(401, "xroad_api_only", english);
        assertEquals("Only the API over X-Road", JsonPath.from(english.body()).getString("title"));
    }

    @Test
    void aMemberTheRegisterDoesNotHoldMayDoNothing() throws Exception {
        assertProblem(403, "forbidden", call(Client.SECURITY_SERVER, "GET", "/api/v1/contracts/X", null,
                "X-Road-Client", "EE/COM/19980026/register"));
    }

    private static void assertProblem(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), response.headers().toString());
        assertEquals(code, JsonPath.from(response.body()).getString("code"));
    }

    private void assertNothingWritten(String number) {
        assertEquals(0, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from contract where contract_number = ?",
                number));
    }

    /** A call over the X-Road listener with this client certificate; headers as name, value pairs. */
    private static HttpResponse<String> call(Client client, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(headers));
        if (body != null) {
            all.addAll(List.of("Content-Type", "application/json"));
            if (!all.contains(ApiCall.IDEMPOTENCY_KEY)) {
                all.addAll(List.of(ApiCall.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(XRoadListenerProfile.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        HttpResponse<String> response = XRoadListenerProfile.client(client).send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        // held to the served OpenAPI document, but for the listener's own refusals (401), which say why in a problem
        if (path.startsWith("/api/") && response.statusCode() != 401) {
            assertEquals(List.of(), ApiContract.check(ApiContract.document(), method, path.split("\\?")[0],
                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), method + " " + path);
        }
        return response;
    }
}
