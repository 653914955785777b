package ee.tokvs.portal.browser;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak's admin REST API, for tests that need Keycloak to act: end a user's session, point the portal
 * client's back-channel logout at the portal under test, add a throwaway member to an organisation. Uses the bootstrap
 * admin the launcher creates; its token lives a minute, so make one of these where it is used.
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
        String userId = userId(username);
        JsonArray sessions = json(get("/users/" + userId + "/sessions")).asJsonArray();
        JsonObject latest = sessions.getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparingLong(s -> s.getJsonNumber("start").longValue()))
                .orElseThrow(() -> new AssertionError(username + " has no session in Keycloak"));
        given().auth().oauth2(token).delete(base + "/admin/realms/tokvs/sessions/" + latest.getString("id"))
                .then().statusCode(204);
    }

    /**
     * A new person with the password {@code DemoAccount.PASSWORD}, the realm role {@code role}, and membership of the
     * organisation with {@code registryCode}; returns their id. Delete them with {@link #deleteUser} when done.
     */
    public String createMember(String username, String registryCode, String role) {
        JsonObject person = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("email", username + "@example.org").add("emailVerified", true)
                .add("firstName", "Test").add("lastName", username)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", DemoAccount.PASSWORD).add("temporary", false))).build();
        String location = given().auth().oauth2(token).contentType(ContentType.JSON).body(person.toString())
                .post(base + "/admin/realms/tokvs/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonObject roleRep = json(get("/roles/" + role)).asJsonObject();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.createArrayBuilder().add(roleRep).build()
                .toString()).post(base + "/admin/realms/tokvs/users/" + id + "/role-mappings/realm")
                .then().statusCode(204);
        String organisation = json(get("/organizations?q=registryCode:" + registryCode)).asJsonArray()
                .getJsonObject(0).getString("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("\"" + id + "\"")
                .post(base + "/admin/realms/tokvs/organizations/" + organisation + "/members").then().statusCode(201);
        return id;
    }

    /**
     * Points the realm's mail at an SMTP server on this port of the loopback and returns the realm's mail settings as
     * they were, for {@link #restoreSmtp}.
     */
    public JsonObject pointSmtpAt(int port) {
        JsonObject previous = json(get("")).asJsonObject().getJsonObject("smtpServer");
        putRealm(Json.createObjectBuilder().add("smtpServer", Json.createObjectBuilder(previous)
                .add("host", "127.0.0.1").add("port", String.valueOf(port))).build());
        return previous;
    }

    public void restoreSmtp(JsonObject previous) {
        putRealm(Json.createObjectBuilder().add("smtpServer", previous).build());
    }

    private void putRealm(JsonObject changes) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changes.toString())
                .put(base + "/admin/realms/tokvs").then().statusCode(204);
    }

    /** The id of the user with this username, if there is one. */
    public Optional<String> findUser(String username) {
        return json(get("/users?exact=true&username=" + username)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("id")).findFirst();
    }

    /** The id of the user with this username. */
    public String userId(String username) {
        return findUser(username).orElseThrow(() -> new AssertionError("Keycloak has no user " + username));
    }

    /** The realm roles mapped to the user directly. */
    public Set<String> realmRoles(String userId) {
        return json(get("/users/" + userId + "/role-mappings/realm")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().map(role -> role.getString("name")).collect(Collectors.toSet());
    }

    /** The registry codes of the organisations the user belongs to. */
    public Set<String> organisations(String userId) {
        return json(get("/organizations/members/" + userId + "/organizations?briefRepresentation=false")).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonObject("attributes").getJsonArray("registryCode").getString(0))
                .collect(Collectors.toSet());
    }

    /** How many organisations have this registry code. */
    public int organisationCount(String registryCode) {
        return json(get("/organizations?q=registryCode:" + registryCode)).asJsonArray().size();
    }

    /** Deletes the organisation with this registry code, if Keycloak has one. */
    public void deleteOrganisation(String registryCode) {
        json(get("/organizations?q=registryCode:" + registryCode)).asJsonArray().getValuesAs(JsonObject.class)
                .forEach(o -> given().auth().oauth2(token).delete(base + "/admin/realms/tokvs/organizations/"
                        + o.getString("id")).then().statusCode(204));
    }

    public void deleteUser(String userId) {
        given().auth().oauth2(token).delete(base + "/admin/realms/tokvs/users/" + userId).then().statusCode(204);
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
