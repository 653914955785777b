package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A claims handler enters a claim on a phone (390 × 844): the form and the claim's page fit the screen, nothing
 * scrolls sideways, axe finds nothing. Printed, the claim's page is the claim and its history: no menu, no buttons,
 * no confirmation of the save.
 */
@QuarkusTest
class ClaimOnAPhoneTest extends BrowserTest {

    private static final Pattern SAVED = Pattern.compile(".*/claims/\\d+\\?saved=\\d+$");

    @Inject
    Register register;

    @Test
    void aClaimIsEnteredOnAPhoneAndPrintedWithItsHistory() {
        String contract = register.contract(DemoData.POHJALA).number();
        page.setViewportSize(390, 844);
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/claims/new"));
        assertFits(page);
        PortalBrowser.assertAccessible(page);
        ClaimBuilder claim = aClaim().contract(contract).specialty("GENERAL_SURGERY");
        FillIn.form(page, claim.form());
        page.getByTestId("save").click();
        page.waitForURL(SAVED);
        assertThat(page.locator("h1")).containsText(claim.number());
        assertThat(page.getByTestId("saved")).isVisible();
        assertFits(page);
        PortalBrowser.assertAccessible(page);

        page.setViewportSize(1366, 768);
        assertThat(page.getByTestId("print-claim")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.getByTestId("claim-facts")).isVisible();
        assertThat(page.getByTestId("history")).containsText("Nõue sisestati");
        for (String hidden : new String[] {"nav-claims", "print-claim", "edit-claim", "add-payout", "saved"}) {
            assertThat(page.getByTestId(hidden)).isHidden();
        }
        PortalBrowser.screenshot(page, "claim-printed");
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    private static void assertFits(Page page) {
        int overflow = ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertTrue(overflow <= 0, page.url() + " is " + overflow + " px wider than the screen");
    }
}
