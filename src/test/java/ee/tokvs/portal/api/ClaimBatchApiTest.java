package ee.tokvs.portal.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many claims in one call: all saved with a receipt each, or none, with each finding at its claim's pointer. */
@QuarkusTest
@ActingAsPohjalaStaff
class ClaimBatchApiTest {

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    private String contract;

    @BeforeEach
    void aContract() {
        contract = register.contract(DemoData.POHJALA).number();
    }

    private String claim(String contractNumber, String number) {
        return """
                "%s": {"contractNumber": "%s", "receivedDate": "2025-06-10", "incidentNumber": "J-%s",
                       "incidentDate": "2025-05-01", "status": "SUBMITTED", "incidentType": "BEING_SPECIFIED",
                       "severity": "PENDING"}""".formatted(number, contractNumber, number);
    }

    private static ValidatableResponse send(String path, String body) {
        return RestAssured.given().filter(ApiContract.FILTER).contentType("application/json")
                .header(ApiCall.IDEMPOTENCY_KEY, UUID.randomUUID().toString()).header("Accept-Language", "en")
                .body(body).post(path).then();
    }

    private long saved(List<String> numbers) {
        return fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number = any (?)",
                (Object) numbers.toArray(String[]::new));
    }

    @Test
    void everyClaimIsSavedWithAReceiptUnderItsNumber() {
        List<String> numbers = IntStream.range(0, 3).mapToObj(i -> RegisterFixtures.unique("BK")).toList();
        String body = numbers.stream().map(n -> claim(contract, n)).collect(Collectors.joining(",", "{\"claims\": {", "}}"));
        send("/api/v1/claims", body).statusCode(200)
                .body("checkOnly", equalTo(false))
                .body("claims.'" + numbers.get(2) + "'.result", equalTo("CREATED"))
                .body("claims.'" + numbers.get(0) + "'.submission.deadline", equalTo("2025-06-11"));
        assertEquals(3, saved(numbers));
    }

    @Test
    void aBatchCreatesChangesAndLeavesAloneEachWithTheReceiptItsRecordAndEventGive() {
        String created = RegisterFixtures.unique("BK");
        String changed = RegisterFixtures.unique("BK");
        String alone = RegisterFixtures.unique("BK");
        send("/api/v1/claims", "{\"claims\": {" + claim(contract, changed) + "," + claim(contract, alone) + "}}")
                .statusCode(200);
        String change = claim(contract, changed).replace("\"SUBMITTED\"", "\"NOT_INSURED_EVENT\"")
                .replace("}", ", \"changeDate\": \"2025-06-12\"}");
        String body = "{\"claims\": {" + claim(contract, created) + "," + change + "," + claim(contract, alone) + "}}";

        var answer = send("/api/v1/claims", body).statusCode(200)
                .body("claims.'" + created + "'.result", equalTo("CREATED"))
                .body("claims.'" + changed + "'.result", equalTo("CHANGED"))
                .body("claims.'" + changed + "'.submission.action", equalTo("CLAIM_CHANGED"))
                .body("claims.'" + changed + "'.submission.businessDate", equalTo("2025-06-12"))
                .body("claims.'" + alone + "'.result", equalTo("UNCHANGED"))
                .extract().jsonPath();

        for (String number : List.of(created, changed, alone)) {
            String receipt = "claims.'" + number + "'.";
            assertEquals(fixtures.count(DemoData.POHJALA, "select id from claim where claim_number = ?", number),
                    answer.getLong(receipt + "record.id"), number + ": the receipt names the stored claim");
            assertEquals(fixtures.count(DemoData.POHJALA, "select lock_version from claim where claim_number = ?", number),
                    answer.getLong(receipt + "record.version"), number + ": the receipt gives the stored version");
        }
        assertEquals(1, answer.getInt("claims.'" + changed + "'.record.version"), "a change takes the version one up");
        assertEquals(fixtures.count(DemoData.POHJALA, "select max(e.id) from submission_event e join claim c"
                + " on e.record_type = 'CLAIM' and e.record_id = c.id where c.claim_number = ?", changed),
                answer.getLong("claims.'" + changed + "'.submission.id"), "the receipt names the change's event");
        assertNull(answer.get("claims.'" + alone + "'.submission"), "nothing changed, nothing submitted");
    }

    @Test
    void oneBadClaimAndNoneIsSavedWithTheFindingAtItsClaim() {
        String good = RegisterFixtures.unique("BK");
        String bad = RegisterFixtures.unique("BK");
        String body = "{\"claims\": {" + claim(contract, good) + "," + claim("NO-SUCH-CONTRACT", bad) + "}}";
        send("/api/v1/claims", body).statusCode(422).body("code", equalTo("invalid_data"))
                .body("errors.pointer", hasItem("/claims/" + bad + "/contractNumber"));
        assertEquals(0, saved(List.of(good, bad)));
    }

    @Test
    void aCheckOfTheBatchWritesNothing() {
        String number = RegisterFixtures.unique("BK");
        send("/api/v1/claims?checkOnly=true", "{\"claims\": {" + claim(contract, number) + "}}").statusCode(200)
                .body("checkOnly", equalTo(true));
        assertEquals(0, saved(List.of(number)));
    }

    @Test
    void aNumberTwiceAnEmptyBatchAndAnOversizedOneAreRefusedBeforeAnyRecord() {
        String number = RegisterFixtures.unique("BK");
        send("/api/v1/claims", "{\"claims\": {" + claim(contract, number) + "," + claim(contract, number) + "}}")
                .statusCode(400).body("code", equalTo("malformed_json"));
        send("/api/v1/claims", "{\"claims\": {}}").statusCode(400).body("code", equalTo("batch_size"));
        send("/api/v1/claims", "{\"claims\": {" + claim(contract, number) + ", \"X-1\": null}}").statusCode(400)
                .body("code", equalTo("wrong_type")).body("errors[0].pointer", equalTo("/claims/X-1"));
        String tooMany = IntStream.range(0, 10_001).mapToObj(i -> "\"N" + i + "\": {}")
                .collect(Collectors.joining(",", "{\"claims\": {", "}}"));
        send("/api/v1/claims", tooMany).statusCode(413).body("code", equalTo("batch_size"));
        assertEquals(0, saved(List.of(number)));
    }
}
