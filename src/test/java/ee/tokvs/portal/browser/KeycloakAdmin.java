package ee.tokvs.portal.browser;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Comparator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak's admin REST API, for tests that need Keycloak to act: end a user's session, point the portal
 * client's back-channel logout at the portal under test. Uses the bootstrap admin the launcher creates.
 */
public final class KeycloakAdmin {

    private final String base;
    private final String token;

    public KeycloakAdmin() {
        base = ConfigProvider.getConfig().getValue("tokvs.keycloak.url", String.class);
        token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", env("TOKVS_KEYCLOAK_ADMIN", "admin"))
                .formParam("password", env("TOKVS_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(base + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Sets one attribute of the portal's client and returns its previous value. */
    public String setClientAttribute(String name, String value) {
        JsonObject client = json(get("/clients?clientId=tokvs-portal")).asJsonArray().getJsonObject(0);
        JsonObject attributes = client.getJsonObject("attributes");
        String previous = attributes.containsKey(name) ? attributes.getString(name) : "";
        JsonObject changed = Json.createObjectBuilder(client)
                .add("attributes", Json.createObjectBuilder(attributes).add(name, value)).build();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed.toString())
                .put(base + "/admin/realms/tokvs/clients/" + client.getString("id")).then().statusCode(204);
        return previous;
    }

    /** Ends the user's most recently started session, as an administrator would in the console. */
    public void endLatestSession(String username) {
        String userId = json(get("/users?exact=true&username=" + username)).asJsonArray().getJsonObject(0).getString("id");
        JsonArray sessions = json(get("/users/" + userId + "/sessions")).asJsonArray();
        JsonObject latest = sessions.getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparingLong(s -> s.getJsonNumber("start").longValue()))
                .orElseThrow(() -> new AssertionError(username + " has no session in Keycloak"));
        given().auth().oauth2(token).delete(base + "/admin/realms/tokvs/sessions/" + latest.getString("id"))
                .then().statusCode(204);
    }

    private String get(String path) {
        return given().auth().oauth2(token).get(base + "/admin/realms/tokvs" + path).then().statusCode(200)
                .extract().asString();
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
