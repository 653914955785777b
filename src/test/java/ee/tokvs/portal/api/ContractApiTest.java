package ee.tokvs.portal.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contracts through the API below its authentication (a signed-in identity, as a token would give): receipts,
 * idempotent retries, problem details for every kind of bad call, check-only, and nothing of another insurer's.
 * Every answer is also held to the OpenAPI document the API serves ({@link ApiContract}).
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ContractApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    static String conclusion(String changeDate) {
        return """
                {"policyholderCode": "%s", "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
                 "sumPerEvent": 100000.00, "sumAggregate": 300000.00, "changeDate": "%s"}"""
                .formatted(DemoData.PROVIDER_LARGE_HOSPITAL, changeDate);
    }

    /** A request whose answer must match the served OpenAPI document. */
    static RequestSpecification given() {
        return RestAssured.given().filter(ApiContract.FILTER);
    }

    static Response post(String path, String key, String body) {
        var request = given().contentType("application/json").body(body);
        if (key != null) {
            request = request.header(ApiCall.IDEMPOTENCY_KEY, key);
        }
        return request.post(path);
    }

    @Test
    void aConclusionGetsAReceiptAndItsRetryTheSameAnswerWithoutWritingAgain() {
        String number = RegisterFixtures.unique("AC");
        String key = UUID.randomUUID().toString();
        LocalDate concluded = LocalDate.of(2025, 12, 19);
        Response first = post("/api/v1/contracts/" + number, key, conclusion(concluded.toString()));
        first.then().statusCode(201).contentType("application/json")
                .body("result", equalTo("CREATED"))
                .body("record.type", equalTo("CONTRACT"))
                .body("record.number", equalTo(number))
                .body("record.version", equalTo(1))
                .body("submission.action", equalTo("CONTRACT_CONCLUDED"))
                .body("submission.businessDate", equalTo("2025-12-19"))
                .body("submission.deadline", equalTo(WorkingDays.deadlineFor(concluded).toString()))
                .body("submission.late", equalTo(true));

        Response again = post("/api/v1/contracts/" + number, key, conclusion(concluded.toString()));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_label = ?", number));

        post("/api/v1/contracts/" + number, key, conclusion("2025-12-20")).then().statusCode(422)
                .contentType(PROBLEM).body("code", equalTo("idempotency_key_reused"));
        // the key is the call's, not only its body's: the same body for another number is another call
        String other = RegisterFixtures.unique("AC");
        post("/api/v1/contracts/" + other, key, conclusion(concluded.toString())).then().statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from contract where contract_number = ?", other));
    }

    @Test
    void anAmendmentIsANewVersionAndTheContractReadsBackWithBoth() {
        String number = RegisterFixtures.unique("AC");
        post("/api/v1/contracts/" + number, UUID.randomUUID().toString(), conclusion("2025-12-19")).then().statusCode(201);
        String amendment = conclusion("2026-01-05").replace("300000.00", "400000.00");
        post("/api/v1/contracts/" + number + "/amendments", UUID.randomUUID().toString(), amendment).then()
                .statusCode(200).body("result", equalTo("CHANGED")).body("record.version", equalTo(2))
                .body("submission.action", equalTo("CONTRACT_AMENDMENT"));
        given().get("/api/v1/contracts/" + number).then().statusCode(200)
                .body("version", equalTo(2))
                .body("versions.changeKind", equalTo(java.util.List.of("CONCLUSION", "AMENDMENT")))
                .body("versions[1].sumAggregate", equalTo(400000.0f));
    }

    @Test
    void brokenRulesAreListedByFieldInTheCallersLanguageAndNothingIsWritten() {
        String number = RegisterFixtures.unique("AC");
        String body = conclusion("2025-12-19").replace("\"periodEnd\": \"2026-12-31\"", "\"periodEnd\": \"2025-06-30\"");
        given().contentType("application/json").header(ApiCall.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .header("Accept-Language", "en-GB,en;q=0.8").body(body).post("/api/v1/contracts/" + number)
                .then().statusCode(422).contentType(PROBLEM)
                .body("code", equalTo("invalid_data"))
                .body("title", equalTo("The data breaks the rules"))
                .body("errors.pointer", hasItem("/periodEnd"));
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from contract where contract_number = ?", number));
    }

    @Test
    void badCallsAreTheCallersMistakeWithAClearProblemNeverAnError() {
        String path = "/api/v1/contracts/" + RegisterFixtures.unique("AC");
        String key = UUID.randomUUID().toString();
        post(path, null, conclusion("2025-12-19")).then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("idempotency_key_required"));
        post(path, key, "{\"policyholderCode\": ").then().statusCode(400).body("code", equalTo("malformed_json"));
        post(path, key, conclusion("2025-12-19").replace("{", "{\"colour\": \"red\", ")).then().statusCode(400)
                .body("code", equalTo("unknown_field")).body("errors[0].pointer", equalTo("/colour"));
        post(path, key, conclusion("2025-12-19").replace("\"2026-01-01\"", "20260101")).then().statusCode(400)
                .body("code", equalTo("wrong_type")).body("errors[0].pointer", equalTo("/periodStart"));
        post(path, key, conclusion("2025-12-19").replace("100000.00", "\"sada tuhat\"")).then().statusCode(400)
                .body("code", equalTo("wrong_type"));
        post(path, key, "x".repeat(ApiJson.MAX_BODY_BYTES + 1)).then().statusCode(413).body("code", equalTo("body_too_large"));
        post(path, key, "").then().statusCode(400).body("code", equalTo("body_missing"));
    }

    @Test
    void aCheckAnswersWhatASaveWouldAndWritesNothing() {
        String number = RegisterFixtures.unique("AC");
        given().contentType("application/json").body(conclusion("2025-12-19")).post("/api/v1/contracts/" + number + "?checkOnly=true")
                .then().statusCode(200).body("result", equalTo("CREATED")).body("checkOnly", equalTo(true))
                .body("record.id", nullValue()).body("submission.deadline", equalTo("2025-12-22"));
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from contract where contract_number = ?", number));
    }

    @Test
    void anotherInsurersContractAnswersExactlyAsAnUnknownOne() {
        String theirs = register.contract(DemoData.LAANEMERE).number();
        String unknown = RegisterFixtures.unique("AC");
        Response theirsRead = given().get("/api/v1/contracts/" + theirs);
        Response unknownRead = given().get("/api/v1/contracts/" + unknown);
        assertEquals(404, theirsRead.statusCode());
        assertEquals(unknownRead.body().asString().replace(unknown, "N"), theirsRead.body().asString().replace(theirs, "N"));
        Response theirsAmended = post("/api/v1/contracts/" + theirs + "/amendments", UUID.randomUUID().toString(),
                conclusion("2026-01-05"));
        Response unknownAmended = post("/api/v1/contracts/" + unknown + "/amendments", UUID.randomUUID().toString(),
                conclusion("2026-01-05"));
        assertEquals(404, theirsAmended.statusCode());
        assertEquals(unknownAmended.body().asString().replace(unknown, "N"), theirsAmended.body().asString().replace(theirs, "N"));
    }

    @Test
    void anotherInsurersClaimAnswersExactlyAsAnUnknownOne() {
        String theirs = register.claim(DemoData.LAANEMERE).number();
        String unknown = RegisterFixtures.unique("AK");
        Response theirsRead = given().get("/api/v1/claims/" + theirs);
        Response unknownRead = given().get("/api/v1/claims/" + unknown);
        assertEquals(404, theirsRead.statusCode());
        assertEquals(unknownRead.body().asString().replace(unknown, "N"), theirsRead.body().asString().replace(theirs, "N"));
        String payout = "{\"date\": \"2025-07-04\", \"type\": \"TREATMENT_COSTS\", \"amount\": 100.00}";
        Response theirsPaid = post("/api/v1/claims/" + theirs + "/payouts", UUID.randomUUID().toString(), payout);
        Response unknownPaid = post("/api/v1/claims/" + unknown + "/payouts", UUID.randomUUID().toString(), payout);
        assertEquals(404, theirsPaid.statusCode());
        assertEquals(unknownPaid.body().asString().replace(unknown, "N"), theirsPaid.body().asString().replace(theirs, "N"));
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from payout p join claim c on c.id = p.claim_id"
                + " where c.claim_number = ?", theirs));
    }
}
