package ee.tokvs.portal.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Response;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a person sees of odd input: the notice above a list, the message at a field, the 400 page; all pass axe. */
@QuarkusTest
class OddInputPagesTest extends BrowserTest {

    @Test
    void aListSaysWhichFilterValuesItLeftOutInEitherLanguage() {
        logInAs(DemoAccount.POHJALA_STAFF);
        Response list = page.navigate(url("/contracts?q=%00&from=%2B999999999-01-01"));
        assertEquals(200, list.status());
        assertThat(page.getByTestId("ignored-input")).containsText("Otsingus jäeti arvestamata");
        assertThat(page.getByTestId("ignored-input")).containsText("„+999999999-01-01“");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "odd-input-list-notice");

        page.getByTestId("lang-switch").click();
        assertThat(page.getByTestId("ignored-input")).containsText("Left out of the search");
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void aDateBeyondWhatTheRegisterHoldsIsRefusedAtItsField() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/contracts/new"));
        page.fill("#periodEnd", "2999-12-31");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("form-summary")).isVisible();
        assertThat(page.locator("#periodEnd-messages")).containsText("jääb väljapoole kuupäevi, mida register võtab vastu");
        assertThat(page.locator("#periodEnd")).hasAttribute("aria-invalid", "true");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "odd-input-date-at-field");
    }

    @Test
    void anUnreadableAddressGetsAPageThatSaysSo() {
        logInAs(DemoAccount.POHJALA_STAFF);
        Response bad = page.navigate(url("/claims/%00"));
        assertEquals(400, bad.status());
        assertThat(page.locator("h1")).hasText("Aadressi ei saa lugeda");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "odd-input-400");
    }
}
