package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;

import com.microsoft.playwright.Page;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a save the claim's page says what was saved and its submission deadline, on time or late, in the reader's
 * language; the warning the claim was saved with (its incident lies outside the contract's insurance period) is not
 * asked again when a payout or a reserve is added; and the confirmation is the saver's, not anyone's who opens the
 * address.
 */
@QuarkusTest
class SavedMeansSaidTest extends BrowserTest {

    private static final Pattern SAVED = Pattern.compile(".*/claims/\\d+\\?saved=\\d+$");

    @Inject
    Register register;

    @Inject
    Clock clock;

    private long claimId;
    private String number;

    @BeforeEach
    void aClaimWhoseIncidentIsOutsideTheInsurancePeriod() {
        // the contract covers 2025; the incident was in November 2024, a warning confirmed when the claim was saved
        var claim = register.claim(DemoData.POHJALA, aClaim().incident("2024-11-20").confirmingWarnings());
        claimId = claim.id();
        number = claim.number();
    }

    @Test
    void aPayoutAndAReserveAreConfirmedWithTheirDeadlinesInBothLanguages() {
        logInAs(DemoAccount.POHJALA_STAFF);
        String today = Clocks.today(clock).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        page.navigate(url("/claims/" + claimId + "/payouts/new"));
        FillIn.form(page, aPayout().date(Clocks.today(clock)).amount("100").form());
        page.getByTestId("save").click();
        page.waitForURL(SAVED);
        assertThat(page.getByTestId("saved")).containsText("Salvestatud");
        assertThat(page.getByTestId("saved")).containsText("Väljamakse lisati: " + number + ".");
        assertThat(page.getByTestId("saved")).containsText("Andmed tekkisid " + today);
        assertThat(page.getByTestId("saved")).containsText("esitasite õigeaegselt");
        PortalBrowser.assertAccessible(page);
        String savedAddress = page.url();

        page.navigate(url("/lang/en?back=/claims/" + claimId + "/reserves/new"));
        FillIn.form(page, aReserve().date("2025-07-01").amount("700").form());
        page.getByTestId("save").click();
        page.waitForURL(SAVED);
        assertThat(page.getByTestId("saved")).containsText("Reserve set: " + number + ".");
        // set on Tuesday 1 July 2025, due the next working day
        assertThat(page.getByTestId("saved")).containsText("the submission deadline was 02.07.2025");
        assertThat(page.getByTestId("saved")).containsText("this submission is late");
        PortalBrowser.assertAccessible(page);

        Page admin = logInElsewhereAs(DemoAccount.POHJALA_ADMIN);
        admin.navigate(savedAddress);
        assertThat(admin.locator("h1")).containsText(number);
        assertThat(admin.getByTestId("saved")).hasCount(0);
    }
}
