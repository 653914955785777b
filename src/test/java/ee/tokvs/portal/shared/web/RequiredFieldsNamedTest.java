package ee.tokvs.portal.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Beyond the register's forms, a required field left empty is named by its label, at the field and in the focused
 * error summary, in the reader's language: Terviseamet's code-list and provider forms.
 */
@QuarkusTest
class RequiredFieldsNamedTest extends BrowserTest {

    @Test
    void terviseametsReferenceFormsNameTheEmptyFieldInBothLanguages() {
        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/reference/code-lists/INCIDENT_TYPE"));
        page.getByTestId("add-entry").click();
        assertRefused("Viga: ");
        assertThat(page.locator("#code-messages")).hasText("Kood on kohustuslik.");
        assertThat(page.locator("#form-summary")).containsText("Kood on kohustuslik.");
        PortalBrowser.assertAccessible(page);

        page.navigate(url("/lang/en?back=/reference/providers/new"));
        page.locator("form[method=post] button[type=submit]").last().click();
        assertRefused("Error: ");
        assertThat(page.locator("#registryCode-messages")).hasText("Business-registry code is required.");
        assertThat(page.locator("#name-messages")).hasText("Name is required.");
    }

    private void assertRefused(String titlePrefix) {
        assertThat(page.locator("#form-summary")).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^" + titlePrefix));
    }
}
