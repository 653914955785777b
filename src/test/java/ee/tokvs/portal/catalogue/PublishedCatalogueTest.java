package ee.tokvs.portal.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import ee.tokvs.portal.api.ApiContract;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.shared.rules.Rule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue as published, without a login: the API call and the page list every rule the engine can
 * report, in its order, worded in the reader's language; the page passes axe.
 */
@QuarkusTest
class PublishedCatalogueTest extends BrowserTest {

    private static final List<String> CODES = RuleCatalogue.all().stream().map(Rule::key).toList();

    @Test
    void theApiListsEveryRuleOfTheEngineInTheCallersLanguage() {
        JsonPath english = given().filter(ApiContract.FILTER).header("Accept-Language", "en").get("/api/v1/rules").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(CODES, english.getList("code"));
        JsonPath estonian = given().filter(ApiContract.FILTER).get("/api/v1/rules").then().statusCode(200).extract().jsonPath();
        assertEquals(CODES, estonian.getList("code"));
        List<String> levels = english.getList("level");
        assertTrue(levels.stream().allMatch(l -> l.equals("ERROR") || l.equals("WARNING")), levels.toString());
        assertTrue(levels.contains("WARNING"), "warnings are listed too");
        List<String> englishTexts = english.getList("message");
        List<String> estonianTexts = estonian.getList("message");
        for (int i = 0; i < CODES.size(); i++) {
            assertTrue(!englishTexts.get(i).isBlank() && !englishTexts.get(i).equals(CODES.get(i)), CODES.get(i));
            assertTrue(!englishTexts.get(i).equals(estonianTexts.get(i)) || englishTexts.get(i).matches("[^a-zA-Z]*"),
                    CODES.get(i) + " reads the same in both languages: " + englishTexts.get(i));
        }
        // every rule has a legal basis or says why it has none
        List<String> bases = english.getList("legalBasis");
        List<String> reasons = english.getList("noLegalBasis");
        for (int i = 0; i < CODES.size(); i++) {
            assertTrue(bases.get(i) != null ^ reasons.get(i) != null, CODES.get(i));
        }
    }

    @Test
    void thePageListsEveryRuleAndPassesAxe() {
        page.navigate(url("/rules"));
        Locator rows = page.locator("[data-testid=rule-catalogue] tbody tr");
        assertEquals(CODES, rows.evaluateAll("rows => rows.map(r => r.dataset.code)"));
        PortalBrowser.assertAccessible(page);
        page.navigate(url("/lang/en?back=/rules"));
        assertEquals("Data validation rules", page.locator("h1").textContent());
        PortalBrowser.assertAccessible(page);
    }
}
