package ee.tokvs.portal.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.SystemClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An insurer's claims system with nothing but a client-credentials token from the real Keycloak: it concludes a
 * contract, amends it, creates a claim, adds a payout, a reserve and a recovery, reads them back, and gets receipts
 * with the law's deadlines; sending the same calls again changes nothing. A representative's system without a
 * valid mandate writes nothing.
 */
@QuarkusTest
class SystemClientApiTest {

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    /** Every request of this test, its answer held to the OpenAPI document the API serves. */
    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().filter(ApiContract.FILTER);
    }

    /** One call of the journey: where it goes, its body, its key, and the business date its receipt must carry. */
    record Call(String method, String path, String body, String key, LocalDate businessDate) {
    }

    @Test
    void anInsurersSystemReportsAContractAndAClaimAndTheSameCallsAgainChangeNothing() {
        String token = SystemClients.POHJALA.token();
        String contract = RegisterFixtures.unique("SC");
        String claim = RegisterFixtures.unique("SC");
        List<Call> journey = journey(contract, claim);
        long cursor = fixtures.count(DemoData.POHJALA, "select coalesce(max(id), 0) from submission_event");
        Map<Call, String> answers = new LinkedHashMap<>();
        for (Call call : journey) {
            Response response = send(token, call);
            // a new contract or claim is created; a version or a money row changes the record it belongs to
            int expected = call.path().endsWith(contract) || call.path().endsWith(claim) ? 201 : 200;
            assertEquals(expected, response.statusCode(), call.path() + ": " + response.body().asString());
            response.then().body("submission.businessDate", equalTo(call.businessDate().toString()))
                    .body("submission.deadline", equalTo(WorkingDays.deadlineFor(call.businessDate()).toString()))
                    .body("submission.late", equalTo(true));
            answers.put(call, response.body().asString());
        }
        long events = fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_label in (?, ?)",
                contract, claim);
        assertEquals(journey.size(), events);

        for (Call call : journey) {
            Response again = send(token, call);
            assertEquals("true", again.header("Idempotent-Replayed"), call.path());
            assertEquals(answers.get(call), again.body().asString(), call.path());
        }
        assertEquals(events, fixtures.count(DemoData.POHJALA,
                "select count(*) from submission_event where record_label in (?, ?)", contract, claim));

        given().auth().oauth2(token).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .body("versions.changeKind", equalTo(List.of("CONCLUSION", "AMENDMENT")));
        given().auth().oauth2(token).get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("contractNumber", equalTo(contract))
                .body("payouts[0].amount", equalTo(1200.0f))
                .body("reserves[0].type", equalTo("TREATMENT_COSTS"))
                .body("recoveries[0].amount", equalTo(-150.0f));
        // reconciliation: the system's own submissions after its cursor, in order, each marked as the API's
        given().auth().oauth2(token).get("/api/v1/submissions?after=" + cursor).then().statusCode(200)
                .body("items.recordNumber", equalTo(List.of(contract, contract, claim, claim, claim, claim)))
                .body("items.channel", equalTo(java.util.Collections.nCopies(journey.size(), "API")))
                .body("items.action", equalTo(List.of("CONTRACT_CONCLUDED", "CONTRACT_AMENDMENT", "CLAIM_CREATED",
                        "PAYOUT_ADDED", "RESERVE_SET", "RECOVERY_ADDED")));
        // the submission log names the system as the one who submitted, as it names a person
        assertEquals(events, fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_label"
                + " in (?, ?) and actor_username = 'pohjala-system'", contract, claim));
    }

    @Test
    void aSystemCorrectsAPayoutByItsReversalAndCannotReverseItTwice() {
        String token = SystemClients.POHJALA.token();
        String contract = RegisterFixtures.unique("SC");
        String claim = RegisterFixtures.unique("SC");
        for (Call call : journey(contract, claim).subList(0, 4)) {
            assertTrue(List.of(200, 201).contains(send(token, call).statusCode()), call.path());
        }
        String reversal = """
                {"date": "2025-07-04", "type": "TREATMENT_COSTS", "amount": -1200.00, "correctionReason": "sent twice"}""";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Tallinn"));
        Call correct = new Call("POST", "/api/v1/claims/" + claim + "/payouts", reversal, UUID.randomUUID().toString(),
                today);
        send(token, correct).then().statusCode(200)
                .body("submission.action", equalTo("PAYOUT_REVERSED"))
                .body("submission.businessDate", equalTo(today.toString()))
                .body("submission.deadline", equalTo(WorkingDays.deadlineFor(today).toString()));
        given().auth().oauth2(token).get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("payouts.amount", equalTo(List.of(1200.0f, -1200.0f)))
                .body("payouts.correctionReason", equalTo(java.util.Arrays.asList(null, "sent twice")));
        // the payout is reversed already: another reversal is the caller's mistake, and nothing is written
        send(token, new Call("POST", correct.path(), reversal, UUID.randomUUID().toString(), today)).then()
                .statusCode(422).body("code", equalTo("invalid_data"))
                .body("errors.code", hasItem("rule_reversal_twice"));
        assertEquals(2, fixtures.count(DemoData.POHJALA, "select count(*) from payout p join claim c on c.id = p.claim_id"
                + " where c.claim_number = ?", claim));
    }

    @Test
    void aRepresentativesSystemWithoutAValidMandateGets403AndWritesNothing() {
        String token = SystemClients.KAHJUABI.token();
        String contract = RegisterFixtures.unique("SC");
        // Kahjuabi holds no mandate of Läänemere in the demo data, and none is made here
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from mandate where representative_code = ?"
                + " and revoked_at is null", DemoData.KAHJUABI));
        Call conclude = journey(contract, "-").get(0);
        for (String insurer : new String[] {DemoData.LAANEMERE, "", "x"}) {
            given().auth().oauth2(token).header(ActingInsurer.REPRESENTED_PARTY, insurer).contentType("application/json")
                    .header(ApiCall.IDEMPOTENCY_KEY, UUID.randomUUID().toString()).body(conclude.body())
                    .post(conclude.path()).then().statusCode(403).contentType(ApiProblem.MEDIA_TYPE)
                    .body("code", equalTo("forbidden"));
        }
        assertEquals(0, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from contract where contract_number = ?",
                contract));
    }

    @Test
    void aRepresentativesSystemWithAQueryOnlyMandateReadsButWritesNothing() {
        long mandate = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, false, true);
        try {
            String token = SystemClients.KAHJUABI.token();
            String contract = register.contract(DemoData.POHJALA).number();
            given().auth().oauth2(token).header(ActingInsurer.REPRESENTED_PARTY, DemoData.POHJALA)
                    .get("/api/v1/contracts/" + contract).then().statusCode(200);
            Call amend = journey(contract, "-").get(1);
            given().auth().oauth2(token).header(ActingInsurer.REPRESENTED_PARTY, DemoData.POHJALA)
                    .contentType("application/json").header(ApiCall.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                    .body(amend.body()).post(amend.path()).then().statusCode(403).body("code", equalTo("forbidden"));
            assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from contract_version v join contract c"
                    + " on c.id = v.contract_id where c.contract_number = ?", contract));
        } finally {
            register.revokeMandate(DemoData.POHJALA, mandate);
        }
    }

    @Test
    void withoutATokenNothingIsAnsweredButAStatus() {
        given().contentType("application/json").body("{}").post("/api/v1/contracts/X1").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/contracts/X1").then().statusCode(401);
    }

    private static Response send(String token, Call call) {
        var request = given().auth().oauth2(token).contentType("application/json")
                .header(ApiCall.IDEMPOTENCY_KEY, call.key()).body(call.body());
        return call.method().equals("PUT") ? request.put(call.path()) : request.post(call.path());
    }

    /** The journey of an insurer's system: conclude, amend, a claim, a payout, a reserve, a recovery; fixed keys. */
    static List<Call> journey(String contract, String claim) {
        String provider = DemoData.PROVIDER_LARGE_HOSPITAL;
        String version = """
                {"policyholderCode": "%s", "periodStart": "2025-01-01", "periodEnd": "2025-12-31",
                 "sumPerEvent": 100000.00, "sumAggregate": %s, "changeDate": "%s"}""";
        String claimBody = """
                {"contractNumber": "%s", "receivedDate": "2025-06-10", "incidentNumber": "INC-%s",
                 "incidentDate": "2025-05-01", "status": "INSURED_EVENT", "incidentType": "INFECTION", "severity": "III"}"""
                .formatted(contract, claim);
        String item = """
                {"date": "%s", "type": "%s", "amount": %s}""";
        return List.of(
                new Call("POST", "/api/v1/contracts/" + contract, version.formatted(provider, "300000.00", "2024-12-20"),
                        UUID.randomUUID().toString(), LocalDate.of(2024, 12, 20)),
                new Call("POST", "/api/v1/contracts/" + contract + "/amendments",
                        version.formatted(provider, "400000.00", "2025-03-03"), UUID.randomUUID().toString(),
                        LocalDate.of(2025, 3, 3)),
                new Call("PUT", "/api/v1/claims/" + claim, claimBody, UUID.randomUUID().toString(), LocalDate.of(2025, 6, 10)),
                new Call("POST", "/api/v1/claims/" + claim + "/payouts", item.formatted("2025-07-04", "TREATMENT_COSTS", "1200.00"),
                        UUID.randomUUID().toString(), LocalDate.of(2025, 7, 4)),
                new Call("POST", "/api/v1/claims/" + claim + "/reserves", item.formatted("2025-07-05", "TREATMENT_COSTS", "900.00"),
                        UUID.randomUUID().toString(), LocalDate.of(2025, 7, 5)),
                new Call("POST", "/api/v1/claims/" + claim + "/recoveries", item.formatted("2025-07-18", "DEDUCTIBLE", "-150.00"),
                        UUID.randomUUID().toString(), LocalDate.of(2025, 7, 18)));
    }
}
