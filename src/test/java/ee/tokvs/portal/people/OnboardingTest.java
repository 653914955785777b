package ee.tokvs.portal.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.KeycloakAdmin;
import ee.tokvs.portal.browser.KeycloakLogin;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.MailServer;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Terviseamet onboards a new insurer: the register row, the Keycloak organisation, and its first admin, who accepts the
 * invitation, logs in as the insurer's admin and can send uploads; then Terviseamet closes it and the admin's next
 * request is refused, while the register keeps the insurer.
 */
@QuarkusTest
class OnboardingTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?key=\\S+");
    private static final String PASSWORD = "Esimene-admin-2026";
    private static final RequestOptions NO_REDIRECTS = RequestOptions.create().setMaxRedirects(0);

    @MailServer.Inject
    GreenMail mail;

    @Inject
    DatabaseSessions database;

    private JsonObject smtpBefore;
    private String registryCode;
    private String adminUsername;

    @BeforeEach
    void pointKeycloaksMailHere() {
        smtpBefore = new KeycloakAdmin().pointSmtpAt(mail.getSmtp().getPort());
        String seven = "9" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        registryCode = seven + RegistryCode.checkDigit(seven);
    }

    @AfterEach
    void removeTheInsurer() throws SQLException {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        keycloak.restoreSmtp(smtpBefore);
        if (registryCode == null) {
            return;
        }
        if (adminUsername != null) {
            keycloak.findUser(adminUsername).ifPresent(keycloak::deleteUser);
        }
        keycloak.deleteOrganisation(registryCode);
        try (Connection owner = database.asOwner()) {
            owner.createStatement().executeUpdate("delete from insurer where registry_code = '" + registryCode + "'");
            owner.createStatement().executeUpdate("delete from representative_company where registry_code = '"
                    + registryCode + "'");
        }
    }

    @Test
    void terviseametOnboardsAnInsurerWhoseFirstAdminLogsInAndThenClosesIt() throws Exception {
        String code = InvitationTest.newPersonalCode();
        adminUsername = "ee" + code;
        String email = "esimene" + code + "@uus-kindlustus.example";
        String name = "Uus Kindlustus " + registryCode + " AS";

        logInAs(DemoAccount.TA_ADMIN);
        page.getByTestId("nav-organisations").click();
        onboard("INSURER", name, code, email);

        assertThat(page.getByTestId("organisations-done")).isVisible();
        Locator row = page.getByTestId("organisation-" + registryCode);
        assertThat(row).containsText(name);
        assertThat(row.getByTestId("organisation-login")).hasText("avatud");
        PortalBrowser.assertAccessible(page);

        Waiting.until("the first admin's invitation", () -> !MailServer.to(mail, email).isEmpty());
        Matcher link = LINK.matcher(MailServer.text(MailServer.to(mail, email).get(0)));
        assertTrue(link.find());
        Page admin = logInElsewhereByInvitation(link.group(), adminUsername, "/insurer");
        assertThat(admin.getByTestId("who-org")).hasText(name);
        assertThat(admin.getByTestId("nav-people")).isVisible();
        assertEquals(200, admin.request().get(url("/uploads"), NO_REDIRECTS).status(),
                "the register row exists, so the insurer's uploads work from the first day");
        admin.getByTestId("nav-people").click();
        assertThat(admin.getByTestId("person-" + adminUsername).getByTestId("person-roles"))
                .hasText("Kindlustusandja administraator");

        page.getByTestId("organisation-" + registryCode).getByTestId("close").click();
        assertThat(page.getByTestId("organisations-done")).isVisible();
        assertThat(page.getByTestId("organisation-" + registryCode).getByTestId("organisation-login"))
                .hasText("suletud");
        assertThat(page.getByTestId("organisation-" + registryCode)).containsText("Kehtetuks tunnistatud");
        assertEquals(302, admin.request().get(url("/people"), NO_REDIRECTS).status(),
                "the closed insurer's admin is sent to log in");
        KeycloakAdmin keycloak = new KeycloakAdmin();
        assertFalse(keycloak.realmRoles(keycloak.userId(adminUsername)).contains("insurer-admin"));
        try (Connection owner = database.asOwner()) {
            assertEquals(1, DatabaseSessions.count(owner, "select count(*) from insurer where registry_code = ?",
                    registryCode), "the register keeps the closed insurer");
        }
    }

    @Test
    void terviseametOnboardsARepresentativeCompanyWhoseFirstAdminManagesItsPeople() {
        String code = InvitationTest.newPersonalCode();
        adminUsername = "ee" + code;
        String email = "esindaja" + code + "@esindus.example";
        String name = "Esindus " + registryCode + " OÜ";

        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/organisations"));
        onboard("REPRESENTATIVE", name, code, email);

        assertThat(page.getByTestId("organisations-done")).isVisible();
        assertThat(page.getByTestId("companies").getByTestId("organisation-" + registryCode)).containsText(name);

        Waiting.until("the first admin's invitation", () -> !MailServer.to(mail, email).isEmpty());
        Matcher link = LINK.matcher(MailServer.text(MailServer.to(mail, email).get(0)));
        assertTrue(link.find());
        Page admin = logInElsewhereByInvitation(link.group(), adminUsername, "/representative");
        assertThat(admin.getByTestId("who-org")).hasText(name);
        admin.getByTestId("home-people").click();
        Locator self = admin.getByTestId("person-" + adminUsername);
        assertThat(self.getByTestId("person-roles")).containsText("Volitatud isiku administraator");
        assertThat(self.locator("option")).hasText(new String[] {"rolli ei ole", "Volitatud isik",
            "Volitatud isiku administraator"});
        assertThat(admin.locator("#role option")).hasCount(2);
    }

    @Test
    void aRefusedFirstAdminLeavesNeitherTheRegisterRowNorAnOrganisation() throws SQLException {
        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/organisations"));
        onboard("INSURER", "Pooleli AS", "12345678901", "pool@eli.example");

        assertThat(page.locator("#personalCode-messages")).containsText("ei ole Eesti isikukood");
        assertThat(page.locator("#name")).hasValue("Pooleli AS");
        assertThat(page.getByTestId("organisation-" + registryCode)).hasCount(0);
        try (Connection owner = database.asOwner()) {
            assertEquals(0, DatabaseSessions.count(owner, "select count(*) from insurer where registry_code = ?",
                    registryCode));
        }
        assertEquals(0, new KeycloakAdmin().organisationCount(registryCode));

        page.navigate(url("/organisations"));
        page.getByTestId("lang-switch").click();
        assertThat(page.locator("h1")).hasText("Organisations in the portal");
        assertThat(page.locator("#kind option")).hasText(new String[] {"Insurer",
            "Representative company (authorised representative)"});
        page.locator("#kind").selectOption("REPRESENTATIVE");
        page.locator("#registryCode").fill("12345670");
        page.getByTestId("onboard").click();
        assertThat(page.locator("#registryCode-messages")).containsText("is not a valid business-registry code");
        assertThat(page.locator("#name-messages")).containsText("required");
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void anInsurersRegistryCodeIsNotOnboardedAsARepresentativeCompany() throws SQLException {
        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/organisations"));
        registryCode = DemoData.POHJALA;
        try {
            onboard("REPRESENTATIVE", "Põhjala Esindus OÜ", InvitationTest.newPersonalCode(), "esindus@pohjala.example");
            assertThat(page.locator("#registryCode-messages")).containsText("teist liiki");
            try (Connection owner = database.asOwner()) {
                assertEquals(0, DatabaseSessions.count(owner,
                        "select count(*) from representative_company where registry_code = ?", DemoData.POHJALA));
            }
            assertEquals(1, new KeycloakAdmin().organisationCount(DemoData.POHJALA));
        } finally {
            registryCode = null;
        }
    }

    /** Fills in the onboarding form for this test's registry code, first admin Esimene Admin, and sends it. */
    private void onboard(String kind, String name, String personalCode, String email) {
        page.locator("#kind").selectOption(kind);
        page.locator("#registryCode").fill(registryCode);
        page.locator("#name").fill(name);
        page.locator("#personalCode").fill(personalCode);
        page.locator("#firstName").fill("Esimene");
        page.locator("#lastName").fill("Admin");
        page.locator("#email").fill(email);
        page.getByTestId("onboard").click();
    }

    /** Follows the invitation's link in a browser of its own: sets the password, then logs in to the portal. */
    private Page logInElsewhereByInvitation(String link, String username, String home) {
        Page elsewhere = browser.newContext().newPage();
        InvitationTest.setPassword(elsewhere, link, PASSWORD);
        elsewhere.navigate(url("/"));
        KeycloakLogin.logIn(elsewhere, username, PASSWORD);
        elsewhere.waitForURL(url(home));
        return elsewhere;
    }
}
