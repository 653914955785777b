package ee.tokvs.portal.reference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Terviseamet keeps the code lists: an added entry is offered to insurers, a retired one no longer is. */
@QuarkusTest
class CodeListPagesTest extends BrowserTest {

    @Inject
    RegisterFixtures fixtures;

    @Test
    void anAdminAddsAnIncidentTypeRetiresItAndBringsItBack() {
        String code = "TEST_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        logInAs(DemoAccount.TA_ADMIN);
        page.getByTestId("nav-code-lists").click();
        page.waitForURL(Pattern.compile(".*/reference/code-lists/INCIDENT_TYPE$"));
        assertThat(page.getByTestId("code-list")).containsText("diagnoosimis- või raviviga");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "code-lists");

        page.fill("#code", "bad code");
        page.fill("#labelEt", "katse");
        page.fill("#labelEn", "test");
        page.getByTestId("add-entry").click();
        assertThat(page.locator("#code-messages")).containsText("suurtähtedest");
        PortalBrowser.assertAccessible(page);

        page.fill("#code", code);
        page.getByTestId("add-entry").click();
        assertThat(page.getByTestId("entry-" + code)).containsText("kasutusel");

        page.getByTestId("retire-" + code).click();
        assertThat(page.getByTestId("entry-" + code)).containsText("kasutusest kõrvaldatud");
        assertEquals(1, fixtures.count("", "select count(*) from reference_change where subject_key = ? and action = 'RETIRED'",
                "INCIDENT_TYPE:" + code));

        page.getByTestId("reactivate-" + code).click();
        assertThat(page.getByTestId("entry-" + code)).containsText("kasutusel");
    }

    @Test
    void insurersUseTheListsButCannotOpenTheirUpkeep() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/claims/new"));
        assertThat(page.locator("#incidentType option[value=INFECTION]")).hasCount(1);
        assertEquals(403, page.navigate(url("/reference/code-lists/INCIDENT_TYPE")).status());
    }

    @Test
    void anAnalystReadsTheListsButCannotChangeThem() {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/reference/code-lists/SEVERITY"));
        assertThat(page.getByTestId("code-list")).containsText("eriti raske");
        assertThat(page.getByTestId("add-entry-form")).hasCount(0);
        var response = page.request().post(url("/reference/code-lists/SEVERITY"), RequestOptions.create()
                .setForm(FormData.create().set("_csrf", PortalBrowser.formToken(page)).set("code", "VII").set("labelEt", "x").set("labelEn", "x")));
        assertEquals(403, response.status());
        page.navigate(url("/reference/providers/unknown"));
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "unknown-providers");
        assertThat(page.locator("h1")).containsText("Registreerimata");
    }
}
