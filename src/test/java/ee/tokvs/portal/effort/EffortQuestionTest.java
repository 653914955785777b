package ee.tokvs.portal.effort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After a payout is saved the handler is asked how easy it was, once: the answer (6, with a comment) is kept, and the
 * next payout the same day asks nothing. Terviseamet sees the score by task and month, and the comment, in both
 * languages.
 */
@QuarkusTest
class EffortQuestionTest extends BrowserTest {

    private static final Pattern SAVED = Pattern.compile(".*/claims/\\d+\\?saved=\\d+$");

    @Inject
    Register register;

    @Inject
    Clock clock;

    @Test
    void aHandlerAnswersOnceAndTerviseametSeesTheScore() {
        long claim = register.claim(DemoData.POHJALA, aClaim()).id();
        String comment = RegisterFixtures.unique("Väljamakse vorm oli selge");
        logInAs(DemoAccount.POHJALA_STAFF);

        addPayout(claim);
        Locator question = page.getByTestId("effort");
        assertThat(question.locator("legend")).hasText("Kui lihtne oli nõude andmeid sisestada?");
        PortalBrowser.assertAccessible(page);
        question.getByTestId("effort-6").check();
        question.getByLabel("Kommentaar (vabatahtlik)").fill(comment);
        question.getByTestId("effort-send").click();
        page.waitForURL(url("/claims/" + claim));
        assertThat(page.getByTestId("effort")).hasCount(0);

        addPayout(claim);
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.getByTestId("effort")).hasCount(0);

        Page terviseamet = logInElsewhereAs(DemoAccount.TA_ANALYST);
        terviseamet.navigate(url("/effort"));
        String month = YearMonth.from(Clocks.today(clock)).toString();
        Locator row = terviseamet.getByTestId("effort-scores").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Nõude andmete sisestamine"))
                .filter(new Locator.FilterOptions().setHasText(month));
        assertThat(row).hasCount(1);
        Locator said = terviseamet.getByTestId("effort-comments").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(said).containsText("6");
        PortalBrowser.assertAccessible(terviseamet);
        terviseamet.navigate(url("/lang/en?back=/effort"));
        assertThat(terviseamet.getByTestId("effort-scores")).containsText("Entering a claim's data");
        assertThat(terviseamet.getByTestId("effort-comments")).containsText(comment);
        PortalBrowser.assertAccessible(terviseamet);
    }

    private void addPayout(long claim) {
        page.navigate(url("/claims/" + claim + "/payouts/new"));
        FillIn.form(page, aPayout().date("2025-07-01").form());
        page.getByTestId("save").click();
        page.waitForURL(SAVED);
    }
}
