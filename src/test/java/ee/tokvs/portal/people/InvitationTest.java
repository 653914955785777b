package ee.tokvs.portal.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakAdmin;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.MailServer;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An insurer admin invites a colleague; Keycloak mails them a link (read back from the test's mail server), they set
 * their password, log in and see the insurer's claims. Bad input is refused at its field, a person is not invited
 * twice, and a failed mail leaves no account behind. Keycloak's mail is pointed at this run's mail server for the test.
 */
@QuarkusTest
class InvitationTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?key=\\S+");
    private static final String NEW_PASSWORD = "Kutse-parool-2026";
    /** The eID stand-in realm's people's password (its "PIN"). */
    private static final String EID_PASSWORD = "eid";

    @MailServer.Inject
    GreenMail mail;

    @Inject
    Register register;

    private JsonObject smtpBefore;
    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void pointKeycloaksMailHere() {
        smtpBefore = new KeycloakAdmin().pointSmtpAt(mail.getSmtp().getPort());
    }

    @AfterEach
    void restore() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        keycloak.restoreSmtp(smtpBefore);
        made.forEach(username -> keycloak.findUser(username).ifPresent(keycloak::deleteUser));
    }

    @Test
    void anInvitedColleagueSetsTheirPasswordLogsInAndSeesTheInsurersClaims() throws MessagingException {
        String claimNumber = register.claim(DemoData.POHJALA).number();
        String code = newPersonalCode();
        String email = "kolleeg" + code + "@example.org";
        made.add("ee" + code);
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));
        invite(code, "Kati", "Kolleeg", email, "insurer-staff");

        assertThat(page.getByTestId("people-done")).containsText("Kutse saadeti");
        Locator row = page.getByTestId("person-ee" + code);
        assertThat(row.getByTestId("person-account")).hasText("kutsutud, pole veel vastu võtnud");
        assertThat(row.getByTestId("person-roles")).hasText("Kindlustusandja töötaja");
        assertThat(page.getByTestId("people-history")).containsText("Kutsuti");
        PortalBrowser.assertAccessible(page);

        Waiting.until("the invitation in the mail", () -> !MailServer.to(mail, email).isEmpty());
        Message invitation = MailServer.to(mail, email).get(0);
        assertEquals("Kutse TOKVS portaali", invitation.getSubject(), "in the admin's language, Estonian");
        Matcher link = LINK.matcher(MailServer.text(invitation));
        assertTrue(link.find(), "the mail holds the link: " + MailServer.text(invitation));

        Page colleague = browser.newContext().newPage();
        try {
            setPassword(colleague, link.group(), NEW_PASSWORD);

            colleague.navigate(url("/claims?claimNumber=" + claimNumber));
            KeycloakLogin.logIn(colleague, "ee" + code, NEW_PASSWORD);
            colleague.waitForURL(address -> address.startsWith(url("/claims")));
            assertThat(colleague.getByTestId("who-org")).hasText("Põhjala Kindlustus AS");
            assertThat(colleague.getByTestId("claims")).containsText(claimNumber);
        } finally {
            colleague.context().close();
        }

        page.reload();
        assertThat(page.getByTestId("person-ee" + code).getByTestId("person-account")).hasText("kasutusel");
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String id = keycloak.userId("ee" + code);
        assertEquals(Set.of(DemoData.POHJALA), keycloak.organisations(id));
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNobodyIsMade() {
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));
        page.getByTestId("lang-switch").click();
        invite("38001085710", "", "Kolleeg", "not-an-address", "insurer-staff");

        assertThat(page.locator("#personalCode-messages"))
                .containsText("is not an Estonian personal identification code");
        assertThat(page.locator("#firstName-messages")).containsText("First name");
        assertThat(page.locator("#email-messages")).containsText("not-an-address is not an e-mail address");
        assertThat(page.locator("#lastName")).hasValue("Kolleeg");
        assertTrue(new KeycloakAdmin().findUser("ee38001085710").isEmpty());
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void aPersonIsNotInvitedTwice() {
        String code = newPersonalCode();
        made.add("ee" + code);
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));
        invite(code, "Kati", "Kaks", "kaks" + code + "@example.org", "insurer-staff");
        assertThat(page.getByTestId("people-done")).isVisible();

        invite(code, "Kati", "Kaks", "teine" + code + "@example.org", "insurer-admin");
        assertThat(page.locator("#personalCode-messages")).containsText("juba konto");
        assertEquals(Set.of("default-roles-tokvs", "insurer-staff"),
                new KeycloakAdmin().realmRoles(new KeycloakAdmin().userId("ee" + code)));
    }

    @Test
    void aMailThatCannotBeSentLeavesNoAccountAndNoAudit() {
        new KeycloakAdmin().pointSmtpAt(closedPort());
        String code = newPersonalCode();
        made.add("ee" + code);
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));
        invite(code, "Kati", "Kiri", "kiri" + code + "@example.org", "insurer-staff");

        assertThat(page.getByTestId("invitation-failed")).isVisible();
        assertThat(page.locator("#personalCode")).hasValue(code);
        assertTrue(new KeycloakAdmin().findUser("ee" + code).isEmpty(), "the half-made account was removed");
        assertThat(page.getByTestId("person-ee" + code)).hasCount(0);
        assertThat(page.getByTestId("people-history").getByText("ee" + code)).hasCount(0);
    }

    /**
     * The eID stand-in realm ({@code realm-config/eid-stand-in/}) knows Mari Maasikas as TARA would: subject
     * {@code EE38001085718}. Invited by that code, she logs in with eID without ever setting a password.
     */
    @Test
    void anInvitedPersonLogsInWithEidAndLandsInTheirOrganisationWithTheirRole() {
        String code = "38001085718";
        made.add("ee" + code);
        new KeycloakAdmin().findUser("ee" + code).ifPresent(new KeycloakAdmin()::deleteUser);
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/people"));
        invite(code, "Mari", "Maasikas", "mari" + System.nanoTime() % 100_000 + "@example.org", "insurer-staff");
        assertThat(page.getByTestId("people-done")).isVisible();

        Page person = browser.newContext().newPage();
        try {
            person.navigate(url("/"));
            person.locator("#social-eid").click();
            KeycloakLogin.logIn(person, code, EID_PASSWORD);
            person.waitForURL(url("/insurer"));
            assertThat(person.getByTestId("who-org")).hasText("Põhjala Kindlustus AS");
            assertThat(person.getByTestId("who-role")).hasText("Kindlustusandja töötaja");
            assertThat(person.getByTestId("nav-claims")).isVisible();
        } finally {
            person.context().close();
        }
        page.reload();
        assertThat(page.getByTestId("person-ee" + code).getByTestId("person-account")).hasText("kasutusel");
    }

    @Test
    void aPersonThePortalDoesNotKnowIsNotLetInThroughEid() {
        page.navigate(url("/"));
        page.locator("#social-eid").click();
        KeycloakLogin.logIn(page, "49403136526", EID_PASSWORD);
        assertThat(page.locator("#kc-error-message, .pf-v5-c-alert, .alert-error").first()).isVisible();
        assertTrue(!page.url().startsWith(url("/")), "still at Keycloak: " + page.url());
        assertTrue(new KeycloakAdmin().findUser("ee49403136526").isEmpty(), "eID made no account");
    }

    /**
     * Follows an invitation's link as its person: Keycloak's page leads on to the password form; waits until Keycloak
     * has taken the password (the form is gone).
     */
    static void setPassword(Page person, String link, String password) {
        person.navigate(link);
        person.locator("a[href*='action-token'], a[href*='required-action']").first().click();
        person.locator("#password-new").fill(password);
        person.locator("#password-confirm").fill(password);
        person.locator("[type=submit]").first().click();
        person.locator("#password-new").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    private void invite(String code, String firstName, String lastName, String email, String role) {
        page.locator("#personalCode").fill(code);
        page.locator("#firstName").fill(firstName);
        page.locator("#lastName").fill(lastName);
        page.locator("#email").fill(email);
        page.locator("#role").selectOption(role);
        page.waitForResponse(response -> response.url().endsWith("/people/invite"),
                () -> page.getByTestId("invite").click());
    }

    /** A valid personal code no other test uses: a random serial, and the check digit the code's rules accept. */
    static String newPersonalCode() {
        String stem = "4" + "900101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        for (int check = 0; check <= 9; check++) {
            if (PersonalCode.isValid(stem + check)) {
                return stem + check;
            }
        }
        throw new IllegalStateException("no check digit for " + stem);
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
