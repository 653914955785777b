package ee.tokvs.portal.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A claim entered with the keyboard alone, as GOV.UK would have a form behave: a refused save puts the focus on the
 * error summary and "Viga:" / "Error:" before the page's title, the summary lists its messages in the order of the
 * fields, a required field left empty is named, and the entry is then completed and saved. Amounts typed as the portal
 * shows them are accepted.
 */
@QuarkusTest
class ClaimEntryByKeyboardTest extends BrowserTest {

    private static final Pattern CLAIM_PAGE = Pattern.compile(".*/claims/\\d+(\\?saved=\\d+)?$");
    /** Pressing Tab more often than this without reaching a field means the field cannot be reached. */
    private static final int MOST_TABS = 60;

    @Inject
    Register register;

    @Test
    void aRefusedClaimIsPutRightAndSavedWithTheKeyboardInBothLanguages() {
        String contract = register.contract(DemoData.POHJALA).number();
        logInAs(DemoAccount.POHJALA_STAFF);

        page.navigate(url("/claims/new"));
        saveLackingClaimAndIncidentNumberWithAContractNotOurs();
        assertRefusedWithTheSummaryFocused("Viga: ");
        assertThat(page.locator("#claimNumber-messages")).hasText("Kahjunõude number on kohustuslik.");
        assertThat(summaryItem("claimNumber")).hasText("Kahjunõude number on kohustuslik.");
        assertThat(summaryItem("incidentNumber")).hasText("Kahjujuhtumi number on kohustuslik.");
        assertThat(page.locator("#contractNumber-messages")).containsText("Teil ei ole lepingut");
        assertTheSummaryFollowsTheFields();
        PortalBrowser.assertAccessible(page);
        completeAndSave(contract);
        page.waitForURL(CLAIM_PAGE);

        page.navigate(url("/lang/en?back=/claims/new"));
        saveLackingClaimAndIncidentNumberWithAContractNotOurs();
        assertRefusedWithTheSummaryFocused("Error: ");
        assertThat(page.locator("#claimNumber-messages")).hasText("Claim number is required.");
        assertThat(summaryItem("incidentNumber")).hasText("Incident number is required.");
        assertTheSummaryFollowsTheFields();
        PortalBrowser.assertAccessible(page);
        completeAndSave(contract);
        page.waitForURL(CLAIM_PAGE);
        assertThat(page).not().hasTitle(Pattern.compile("^Error:"));
    }

    @Test
    void aPayoutTypedAsThePortalShowsAmountsIsAccepted() {
        long claimId = register.claim(DemoData.POHJALA,
                aClaim().status("INSURED_EVENT").type("DIAGNOSIS_OR_TREATMENT_ERROR").severity("III")).id();
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/claims/" + claimId + "/payouts/new"));
        page.fill("#date", "2025-07-01");
        page.selectOption("#type", "TREATMENT_COSTS");
        page.fill("#amount", "1\u00a0234,56\u00a0€");
        page.getByTestId("save").click();
        page.waitForURL(CLAIM_PAGE);
        assertThat(page.getByTestId("total-paid")).hasText(Pattern.compile("^1\\s234,56\\s€$"));
    }

    /**
     * The claim and incident numbers left empty, the contract number one this insurer does not hold: the rules find the
     * contract after the reading found the empty numbers, so only a summary in the fields' order lists it second.
     */
    private void saveLackingClaimAndIncidentNumberWithAContractNotOurs() {
        tabTo(page.locator("#contractNumber"));
        page.keyboard().type("NOT-OURS-" + RegisterFixtures.unique("L"));
        // The browser orders a date input's day and month by its own language: a day that is its month's number reads
        // the same either way.
        tabTo(page.locator("#receivedDate"));
        page.keyboard().type("06062025");
        assertThat(page.locator("#receivedDate")).hasValue("2025-06-06");
        tabTo(page.locator("#incidentDate"));
        page.keyboard().type("05052025");
        assertThat(page.locator("#incidentDate")).hasValue("2025-05-05");
        chooseWithArrows("incidentType", "BEING_SPECIFIED");
        chooseWithArrows("severity", "PENDING");
        tabTo(page.getByTestId("save"));
        page.keyboard().press("Enter");
    }

    private void completeAndSave(String contract) {
        tabTo(page.locator("#claimNumber"));
        page.keyboard().type(RegisterFixtures.unique("KN"));
        tabTo(page.locator("#contractNumber"));
        page.keyboard().press("Control+A");
        page.keyboard().type(contract);
        tabTo(page.locator("#incidentNumber"));
        page.keyboard().type(RegisterFixtures.unique("KJ"));
        tabTo(page.getByTestId("save"));
        page.keyboard().press("Enter");
    }

    private void assertRefusedWithTheSummaryFocused(String titlePrefix) {
        assertThat(page.locator("#form-summary")).isFocused();
        assertEquals("form-summary", page.evaluate("() => document.activeElement.id"));
        assertThat(page).hasTitle(Pattern.compile("^" + titlePrefix));
    }

    /** The summary's fields, in its order, are the fields with messages in the order the form shows them. */
    private void assertTheSummaryFollowsTheFields() {
        @SuppressWarnings("unchecked")
        List<String> summary = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('#form-summary li')).map(li => li.dataset.field)");
        @SuppressWarnings("unchecked")
        List<String> form = (List<String>) page.evaluate("fields => Array.from(document.querySelectorAll("
                + "'[data-testid=claim-form] input, [data-testid=claim-form] select')).map(e => e.id)"
                + ".filter(id => fields.includes(id))", summary);
        assertTrue(summary.containsAll(List.of("claimNumber", "contractNumber", "incidentNumber")), summary.toString());
        assertEquals(form, summary);
    }

    private Locator summaryItem(String field) {
        return page.locator("#form-summary li[data-field=" + field + "]");
    }

    /** Tab forward until the element has the focus, as a keyboard user would. */
    private void tabTo(Locator target) {
        for (int i = 0; i < MOST_TABS && !focused(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    private static boolean focused(Locator target) {
        return (Boolean) target.evaluate("e => e === document.activeElement");
    }

    /** Reaches the list and moves through its options with the arrow keys until the one wanted is chosen. */
    private void chooseWithArrows(String id, String value) {
        Locator select = page.locator("#" + id);
        tabTo(select);
        for (int i = 0; i < MOST_TABS && !value.equals(select.inputValue()); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(select).hasValue(value);
    }
}
