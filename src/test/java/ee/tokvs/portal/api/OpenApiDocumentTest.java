package ee.tokvs.portal.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API's OpenAPI document: served to anyone, describing only the API, the same as the copy kept in the
 * repository, and with every example valid against its own schema.
 *
 * <p>When the API changes on purpose, regenerate the kept copy and review its diff before committing it:
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true} (with the usual test environment, DEVELOPERS.md).
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Path KEPT = Path.of("docs/openapi/tokvs-api-v1.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theServedDocumentIsTheOneKeptInTheRepository() throws IOException {
        String served = given().get(ApiContract.DOCUMENT_PATH).then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(KEPT.getParent());
            Files.writeString(KEPT, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(KEPT) || !YAML.readTree(served).equals(YAML.readTree(Files.readString(KEPT)))) {
            fail("The OpenAPI document the API serves differs from " + KEPT + ". If the API changed on purpose, write the"
                    + " new document with `./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true`, review its diff"
                    + " and commit it; otherwise the change to the API is a mistake.");
        }
    }

    @Test
    void anyoneMayReadTheDocumentButNotCallTheApiWithoutAToken() {
        given().get(ApiContract.DOCUMENT_PATH).then().statusCode(200);
        given().get(ApiContract.DOCUMENT_PATH + ".json").then().statusCode(200);
        given().get("/api/v1/contracts/LEP-1").then().statusCode(401);
        given().redirects().follow(false).get("/claims").then().statusCode(302);
    }

    @Test
    void onlyTheApiIsDescribed() {
        JsonNode document = ApiContract.document();
        document.path("paths").fieldNames().forEachRemaining(path -> assertTrue(path.startsWith("/api/v1/"), path));
        assertEquals(List.of("/api/v1/claims", "/api/v1/claims/{number}", "/api/v1/claims/{number}/{kind}", "/api/v1/contracts/{number}",
                "/api/v1/contracts/{number}/{kind}", "/api/v1/providers/{registryCode}/risk-report",
                "/api/v1/risk-profiles/{riskProfile}/statistics", "/api/v1/rules", "/api/v1/submissions"),
                sorted(document.path("paths")));
    }

    @Test
    void everyCallHasAnExampleAndEveryExampleFitsItsSchema() {
        JsonNode document = ApiContract.document();
        List<String> problems = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String call = op.getKey() + " " + path.getKey();
            if (!op.getKey().equals("get") && examples(document, call + " request", op.getValue().path("requestBody"), problems) == 0) {
                problems.add(call + ": no request example");
            }
            int answered = 0;
            for (var response : (Iterable<java.util.Map.Entry<String, JsonNode>>) op.getValue().path("responses")::fields) {
                int found = examples(document, call + " " + response.getKey(), ApiContract.resolve(document, response.getValue()), problems);
                answered += response.getKey().startsWith("2") ? found : 0;
            }
            if (answered == 0) {
                problems.add(call + ": no example of a successful answer");
            }
        }));
        assertEquals(List.of(), problems);
    }

    /** Checks the examples of a request body or response against their schema; answers how many there are. */
    private static int examples(JsonNode document, String where, JsonNode bodyOrResponse, List<String> problems) {
        int found = 0;
        for (JsonNode media : bodyOrResponse.path("content")) {
            for (JsonNode example : media.path("examples")) {
                found++;
                JsonNode value = example.path("value");
                if (value.isTextual()) {
                    value = ApiContract.read(value.asText().getBytes(StandardCharsets.UTF_8));
                }
                ApiContract.invalid(document, media.path("schema"), value).forEach(e -> problems.add(where + ": " + e));
            }
        }
        return found;
    }

    private static List<String> sorted(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
