package ee.tokvs.portal.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Holds the API's answers to the OpenAPI document it serves: the call is in the document, the status is declared
 * for it, the content type is declared for that status, and the body is valid against the declared schema (JSON
 * Schema 2020-12 with OpenAPI 3.1's vocabulary, formats asserted, by networknt's json-schema-validator).
 *
 * <p>Use {@link #FILTER} on a RestAssured request ({@code given().filter(ApiContract.FILTER)}): an answer the document
 * does not allow fails the test with every difference listed.
 */
public final class ApiContract {

    public static final String DOCUMENT_PATH = "/api/v1/openapi";

    /** Checks every answer a request gets against the served document. */
    public static final Filter FILTER = new Filter() {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            JsonNode document = document();
            Response answer = context.next(request, response);
            List<String> problems = check(document, request.getMethod(), URI.create(request.getURI()).getPath(),
                    answer.statusCode(), answer.contentType(), answer.asByteArray());
            if (!problems.isEmpty()) {
                throw new AssertionError("The answer to " + request.getMethod() + " " + request.getURI()
                        + " does not match the OpenAPI document " + DOCUMENT_PATH + ":\n  " + String.join("\n  ", problems)
                        + "\n  answer: " + answer.statusCode() + " " + answer.contentType() + " " + answer.asString());
            }
            return answer;
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static JsonNode served;

    private ApiContract() {
    }

    /** The document the application serves, as JSON; read once. */
    static synchronized JsonNode document() {
        if (served == null) {
            served = read(given().queryParam("format", "json").get(DOCUMENT_PATH).then().statusCode(200)
                    .extract().asByteArray());
        }
        return served;
    }

    /** Every way the answer differs from what the document declares for the call; empty when it matches. */
    static List<String> check(JsonNode document, String method, String path, int status, String contentType,
            byte[] body) {
        List<String> problems = new ArrayList<>();
        JsonNode operation = operation(document, method, path, problems);
        if (operation == null) {
            return problems;
        }
        JsonNode declared = resolve(document, declaredResponse(operation.path("responses"), status));
        if (declared == null) {
            problems.add("status " + status + " is not declared (declared: " + names(operation.path("responses")) + ")");
            return problems;
        }
        JsonNode content = declared.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body.length > 0) {
                problems.add("status " + status + " declares no body, but one came");
            }
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            problems.add("content type '" + mediaType + "' is not declared for status " + status + " (declared: "
                    + names(content) + ")");
            return problems;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            problems.add("the body is not JSON: " + e.getMessage());
            return problems;
        }
        problems.addAll(invalid(document, content.path(mediaType).path("schema"), instance));
        return problems;
    }

    /** What is wrong with {@code instance} under {@code schema} (a schema of the document, with its references). */
    static List<String> invalid(JsonNode document, JsonNode schema, JsonNode instance) {
        // the schema becomes a document of its own that carries the components its references point into
        ObjectNode root = schema.deepCopy();
        root.set("components", document.path("components"));
        Schema validator = SCHEMAS.getSchema(root);
        return validator.validate(instance).stream().map(Error::toString).toList();
    }

    private static JsonNode operation(JsonNode document, String method, String path, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> item = it.next();
            if (template(item.getKey()).matcher(path).matches()) {
                JsonNode operation = item.getValue().get(method.toLowerCase(Locale.ROOT));
                if (operation == null) {
                    problems.add(method + " is not declared for " + item.getKey());
                    return null;
                }
                problems.addAll(pathParameterProblems(document, operation, item.getKey(), path));
                return operation;
            }
        }
        problems.add(path + " is not in the document");
        return null;
    }

    /** A path's parameters against their schemas, e.g. {kind} of a claim item. */
    private static List<String> pathParameterProblems(JsonNode document, JsonNode operation, String template, String path) {
        List<String> problems = new ArrayList<>();
        String[] names = template.split("/");
        String[] values = path.split("/");
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = resolve(document, parameter);
            for (int i = 0; i < names.length && "path".equals(p.path("in").asText()); i++) {
                if (names[i].equals("{" + p.path("name").asText() + "}") && p.has("schema")) {
                    invalid(document, p.path("schema"), TextNode.valueOf(values[i]))
                            .forEach(e -> problems.add("path parameter " + p.path("name").asText() + ": " + e));
                }
            }
        }
        return problems;
    }

    private static Pattern template(String template) {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static JsonNode declaredResponse(JsonNode responses, int status) {
        String code = String.valueOf(status);
        if (responses.has(code)) {
            return responses.get(code);
        }
        String range = code.charAt(0) + "XX";
        return responses.has(range) ? responses.get(range) : responses.get("default");
    }

    /** Follows a local reference ({@code #/components/…}). */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        return resolve(document, document.at(node.get("$ref").asText().substring(1)));
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
