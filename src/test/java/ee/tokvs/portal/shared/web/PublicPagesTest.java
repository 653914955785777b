package ee.tokvs.portal.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What anyone can reach without logging in, and what sends them to Keycloak. */
@QuarkusTest
class PublicPagesTest {

    @ConfigProperty(name = "tokvs.keycloak.url")
    String keycloak;

    @Test
    void aPageSendsAnAnonymousVisitorToKeycloakWithPkce() {
        given().redirects().follow(false)
                .when().get("/insurer")
                .then().statusCode(302)
                .header("Location", startsWith(keycloak + "/realms/tokvs/protocol/openid-connect/auth"))
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("client_id=tokvs-portal"));
    }

    @Test
    void theSignedOutPageIsPublicAndEstonianByDefault() {
        given().when().get("/signed-out")
                .then().statusCode(200)
                .body(containsString("<html lang=\"et\">"))
                .body(containsString("Olete välja logitud"));
    }

    @Test
    void theLanguageCookieWinsOverTheBrowsersLanguage() {
        given().cookie("tokvs_lang", "en").header("Accept-Language", "et")
                .when().get("/signed-out")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("You have logged out"));
    }

    @Test
    void theLanguageSwitchSetsTheCookieAndReturnsOnlyWithinTheSite() {
        given().redirects().follow(false)
                .when().get("/lang/en?back=/signed-out")
                .then().statusCode(303)
                .header("Location", endsWith("/signed-out"))
                .cookie("tokvs_lang", "en");
        given().redirects().follow(false)
                .when().get("/lang/en?back=//evil.example/")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void anUnknownLanguageIsAPageNotFoundWithoutAStackTrace() {
        given().when().get("/lang/xx")
                .then().statusCode(404)
                .body(containsString("Lehte ei leitud"))
                .body(not(containsString("Exception")));
    }

    @Test
    void healthIsUpWithTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body(containsString("\"status\": \"UP\""));
    }
}
