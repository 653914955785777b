package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;

import com.microsoft.playwright.Locator;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.MoneyRowBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handler corrects a mistyped payout on the claim's page, in Estonian and then in English: the correction form
 * shows the entry, refuses a correction without its reason with the error summary focused, and saves the reversal and
 * the right payout; the claim's money table marks the original reversed and the reversal with its reason, the totals
 * count the net amount, and the history words both entries in the reader's language.
 */
@QuarkusTest
class ClaimCorrectionPagesTest extends BrowserTest {

    private static final Pattern SAVED = Pattern.compile(".*/claims/\\d+\\?saved=\\d+$");

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    private long claimId;
    private long payoutId;

    @BeforeEach
    void aClaimWithAMistypedPayout() {
        claimId = register.claim(DemoData.POHJALA, aClaim().status("INSURED_EVENT")
                .type("DIAGNOSIS_OR_TREATMENT_ERROR").severity("III")).id();
        register.add(DemoData.POHJALA, claimId, aPayout().date("2025-07-04").amount("1200"));
        payoutId = fixtures.count(DemoData.POHJALA, "select id from payout where claim_id = ?", claimId);
    }

    @Test
    void aMistypedPayoutIsCorrectedAndBothEntriesShowInTheHistoryInWordsInBothLanguages() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/claims/" + claimId));
        page.getByTestId("correct-" + payoutId).click();
        assertThat(page.getByTestId("original")).containsText("1 200,00 €");
        assertThat(page.getByTestId("original")).containsText("04.07.2025");
        PortalBrowser.assertAccessible(page);

        // no reason: refused, the summary focused and the reason's field named
        page.getByTestId("save").click();
        assertThat(page.locator("#form-summary")).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^Viga: "));
        assertThat(page.locator("#form-summary")).containsText("Paranduse põhjus");
        PortalBrowser.assertAccessible(page);

        MoneyRowBuilder right = aPayout().date("2025-07-04").amount("120,00").correcting("summa valesti sisestatud");
        FillIn.form(page, right.form());
        page.getByTestId("save").click();
        page.waitForURL(SAVED);
        assertThat(page.getByTestId("reversed-" + payoutId)).containsText("Tühistatud");
        assertThat(page.getByTestId("payouts")).containsText("Tühistus: summa valesti sisestatud");
        assertThat(page.getByTestId("payouts")).containsText("−1 200,00 €");
        assertThat(page.getByTestId("payouts")).containsText("120,00 €");
        assertThat(page.getByTestId("total-paid")).hasText("120,00 €");
        Locator history = page.getByTestId("history");
        assertThat(history).containsText("Väljamakse tühistatud (parandus)");
        assertThat(history).containsText("Paranduse põhjus");
        assertThat(history).containsText("−1 200,00 €");
        assertThat(history).containsText(Pattern.compile("ravikulud", Pattern.CASE_INSENSITIVE));
        assertThat(history).not().containsText("PAYOUT_REVERSED");
        assertThat(history).not().containsText("TREATMENT_COSTS");
        PortalBrowser.assertAccessible(page);

        // in English: the same history in English words, and the right payout corrected away as well
        page.navigate(url("/lang/en?back=/claims/" + claimId));
        history = page.getByTestId("history");
        assertThat(history).containsText("Payout reversed (correction)");
        assertThat(history).containsText("Reason for the correction");
        assertThat(history).containsText(Pattern.compile("[−-]1,200\\.00\\s€"));
        assertThat(history).containsText(Pattern.compile("treatment costs", Pattern.CASE_INSENSITIVE));
        long rightId = fixtures.count(DemoData.POHJALA, "select max(id) from payout where claim_id = ?"
                + " and reverses_id is null", claimId);
        page.getByTestId("correct-" + rightId).click();
        FillIn.form(page, new OnlyAReason("the payment was cancelled").form());
        page.getByTestId("save").click();
        page.waitForURL(SAVED);
        assertThat(page.getByTestId("saved")).containsText("Payout reversed (correction)");
        assertThat(page.getByTestId("reversed-" + rightId)).containsText("Reversed");
        assertThat(page.getByTestId("total-paid")).hasText("0.00 €");
        assertThat(page.getByTestId("payouts").locator("a[data-testid^=correct-]")).hasCount(0);
        PortalBrowser.assertAccessible(page);
    }

    /** A correction with a reason and no right row: the form's only field filled. */
    private record OnlyAReason(String reason) {
        ItemForm form() {
            ItemForm form = new ItemForm();
            form.correctionReason = reason;
            return form;
        }
    }
}
