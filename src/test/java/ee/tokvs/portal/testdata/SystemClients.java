package ee.tokvs.portal.testdata;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An insurer's or a representative's own system, as the realm in {@code realm-config/} registers it: a
 * service-account client that gets a bearer token from the real Keycloak by client credentials.
 */
public enum SystemClients {
    POHJALA("pohjala-system"), LAANEMERE("laanemere-system"), KAHJUABI("kahjuabi-system");

    public final String clientId;

    SystemClients(String clientId) {
        this.clientId = clientId;
    }

    /** A fresh access token for this client (the demo secret of realm-config/). */
    public String token() {
        String keycloak = ConfigProvider.getConfig().getValue("tokvs.keycloak.url", String.class);
        return RestAssured.given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-dev-secret-change-me")
                .post(keycloak + "/realms/tokvs/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
