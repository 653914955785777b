package ee.tokvs.portal.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refused form comes back as a page the browser reads right: HTML in UTF-8, whatever the status. */
@QuarkusTest
class RefusedFormPagesTest {

    @Test
    @ActingAsPohjalaStaff
    void aRefusedFormSaysItsCharacterSet() {
        Response refused = post("/contracts", Map.of("contractNumber", "", "periodEnd", "+999999999-01-01"));
        assertEquals(422, refused.statusCode());
        assertEquals("text/html;charset=UTF-8", refused.header("Content-Type").replace(" ", ""));
        String page = refused.body().asString();
        assertTrue(page.contains("Andmeid ei salvestatud"), page);
        assertTrue(page.contains("jääb väljapoole kuupäevi, mida register võtab vastu (01.01.1900 – 31.12.2100)"), page);
    }

    /** Every form post of this test goes through here, with the session's form token as its page holds it. */
    private static Response post(String path, Map<String, String> form) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header(CsrfToken.HEADER, FormToken.of(given().get("/").body().asString()))
                .formParams(form).post(path);
    }
}
