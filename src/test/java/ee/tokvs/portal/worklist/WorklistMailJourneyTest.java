package ee.tokvs.portal.worklist;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.MailServer;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A handler's morning, in each language: on a claim's page they set its follow-up date to today (a date left out is
 * refused at its field), find the claim on their home page under "due today", opt in to the worklist by e-mail, and
 * once the morning job has run the mail is in the SMTP server, in their language, with the claim's number in it. Every
 * page on the way passes axe.
 */
@QuarkusTest
class WorklistMailJourneyTest extends BrowserTest {

    @Inject
    Register register;

    @Inject
    WorklistMail mail;

    @Inject
    Clock clock;

    @MailServer.Inject
    GreenMail server;

    @Test
    void aHandlerIsRemindedOnTheHomePageAndByMailInEstonian() throws Exception {
        journey(DemoAccount.POHJALA_STAFF, DemoData.POHJALA, "pohjala.staff@pohjala-kindlustus.example", false);
    }

    @Test
    void aHandlerIsRemindedOnTheHomePageAndByMailInEnglish() throws Exception {
        journey(DemoAccount.LAANEMERE_STAFF, DemoData.LAANEMERE, "laanemere.staff@laanemere-kindlustus.example", true);
    }

    private void journey(DemoAccount account, String insurer, String address, boolean english) throws Exception {
        Register.Saved claim = register.claim(insurer);
        String note = RegisterFixtures.unique(english ? "Call the patient" : "Helista patsiendile");
        LocalDate today = Clocks.today(clock);
        logInAs(account);
        if (english) {
            page.navigate(url("/lang/en?back=/claims/" + claim.id()));
        } else {
            page.navigate(url("/claims/" + claim.id()));
        }
        assertThat(page.getByTestId("follow-up-now"))
                .hasText(english ? "No follow-up date is set." : "Järelkontrolli kuupäeva pole määratud.");
        PortalBrowser.assertAccessible(page);

        page.getByTestId("set-follow-up").click();
        page.waitForURL(url("/follow-ups/" + claim.id()));
        PortalBrowser.assertAccessible(page);
        page.getByLabel(english ? "Note" : "Märkus").fill(note);
        page.getByTestId("save").click();
        assertThat(page.locator("#date-messages"))
                .containsText(english ? "Follow-up date is required" : "Järelkontrolli kuupäev on kohustuslik");
        assertThat(page.locator("#form-summary")).isFocused();
        assertThat(page).hasTitle(Pattern.compile("^" + (english ? "Error: " : "Viga: ")));
        PortalBrowser.assertAccessible(page);
        assertThat(page.locator("#date")).hasAttribute("aria-invalid", "true");
        page.locator("#date").fill(today.toString());
        page.getByTestId("save").click();
        page.waitForURL(Pattern.compile(".*/claims/" + claim.id() + "(#follow-up)?$"));
        assertThat(page.getByTestId("follow-up-now")).containsText(Figures.date(today));
        assertThat(page.getByTestId("follow-up-now")).containsText(note);

        page.navigate(url("/insurer"));
        assertThat(page.getByTestId("worklist-today")).containsText(claim.number());
        assertThat(page.getByTestId("worklist-today")).containsText(note);
        assertThat(page.locator("#worklist-today-title"))
                .containsText(english ? "Due today" : "Täna teha");
        assertThat(page.locator("#worklist-mail-language")).hasValue(english ? "en" : "et");
        page.getByLabel(english ? "Send me the worklist by e-mail every morning"
                : "Saada mulle tööjärjekord igal hommikul e-kirjaga").check();
        page.getByTestId("worklist-mail-save").click();
        assertThat(page.getByTestId("worklist-mail-on")).containsText(address);
        PortalBrowser.screenshot(page, "worklist-home-" + (english ? "en" : "et"));
        PortalBrowser.assertAccessible(page);

        mail.send(today);
        Waiting.until("the worklist's mail to " + address, () -> !MailServer.to(server, address).isEmpty());
        List<Message> messages = MailServer.to(server, address);
        assertEquals(1, messages.size());
        Message received = messages.get(0);
        assertEquals((english ? "TOKVS: worklist for " : "TOKVS: tööjärjekord ") + Figures.date(today),
                received.getSubject());
        String body = MailServer.body(received);
        assertTrue(body.contains(claim.number()) && body.contains(note), body);
        assertTrue(body.contains(english ? "Due today" : "Täna teha"), body);
        assertTrue(body.contains("/claims/" + claim.id()), "the mail links to the claim: " + body);
    }
}
