package ee.tokvs.portal.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Terviseamet analyst reads the submission log: opened from the dashboard's late list for one insurer and period,
 * narrowed by typing a date, told at the field when a date cannot be read; insurers by name throughout.
 * <p>
 * The register of these tests, by business date (the day the data came into being or changed), all submitted today:
 * insurer A has one late submission before the period (60 days ago), one late in it (20 days ago) and one on time
 * (today); insurer B has one late in the period. The period is the last 40 days.
 */
@QuarkusTest
class AuditLogPagesTest extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Register register;

    @Inject
    Clock clock;

    private String insurerA;
    private String nameA;
    private String beforePeriod;
    private String lateInPeriod;
    private String onTime;
    private String otherInsurers;
    private LocalDate from;
    private LocalDate today;

    @BeforeEach
    void theRegister() {
        today = Clocks.today(clock);
        from = today.minusDays(40);
        insurerA = RegisterFixtures.freshRegistryCode("25");
        nameA = RegisterFixtures.unique("Ajaloo Kindlustus AS");
        register.insurer(insurerA, nameA, Insurer.LicenceStatus.ACTIVE);
        String insurerB = RegisterFixtures.freshRegistryCode("25");
        register.insurer(insurerB, RegisterFixtures.unique("Teine Kindlustus AS"), Insurer.LicenceStatus.ACTIVE);
        beforePeriod = concluded(insurerA, today.minusDays(60));
        lateInPeriod = concluded(insurerA, today.minusDays(20));
        onTime = concluded(insurerA, today);
        otherInsurers = concluded(insurerB, today.minusDays(20));
    }

    @Test
    void theDashboardsLateListOpensTheLogWithItsInsurerAndPeriodFilledIn() {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/audit?late=true&insurer=" + insurerA + "&from=" + from + "&to=" + today));

        assertThat(rows()).hasCount(1);
        assertThat(rows().first()).containsText(lateInPeriod);
        assertThat(page.locator("#insurer option:checked")).hasText(nameA);
        assertThat(page.locator("#from")).hasValue(from.format(TYPED));
        assertThat(page.locator("#to")).hasValue(today.format(TYPED));
        assertThat(page.locator("#late")).isChecked();
        // the insurer by name, its code only in small print beside it
        assertThat(rows().first().locator("td").nth(1)).hasText(nameA + " " + insurerA);
        assertThat(rows().first().locator("td").nth(1).locator("small")).hasText(insurerA);
        assertThat(page.getByTestId("audit-drill")).containsText("Kindlustusandja " + nameA + " esitamised.");
        assertThat(page.getByTestId("audit-drill")).not().containsText(insurerA);
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "audit-log-drilled");
    }

    @Test
    void aTypedDateNarrowsTheLogAndAnUnreadableOneIsSaidAtItsField() {
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/audit"));
        page.selectOption("#insurer", new SelectOption().setLabel(nameA));
        page.fill("#from", from.format(TYPED));
        page.locator("#from").press("Enter");

        // Playwright hands the pattern to the browser, which knows no \Q…\E quoting
        assertThat(page).hasURL(Pattern.compile(".*/audit\\?insurer=" + insurerA + "&from="
                + from.format(TYPED).replace(".", "\\.") + "&to=$"));
        assertThat(rows()).hasCount(2);
        assertThat(page.getByTestId("audit-log")).containsText(lateInPeriod);
        assertThat(page.getByTestId("audit-log")).containsText(onTime);
        assertThat(page.getByTestId("audit-log")).not().containsText(beforePeriod);
        assertThat(page.getByTestId("audit-log")).not().containsText(otherInsurers);
        assertThat(page.locator("#from")).hasValue(from.format(TYPED));

        page.fill("#to", "31.02." + today.getYear());
        page.getByLabel("Ainult hilinenud").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Filtreeri")).click();

        Locator to = page.locator("#to");
        assertThat(to).hasAttribute("aria-invalid", "true");
        assertThat(to).hasValue("31.02." + today.getYear());
        assertThat(page.locator("#to-messages")).hasText("„31.02." + today.getYear()
                + "“ ei ole kuupäev. Kirjutage kuupäev kujul pp.kk.aaaa või aaaa-kk-pp.");
        assertThat(to).hasAttribute("aria-describedby", "to-hint to-messages");
        // the rest of the filter still applies: the late one in the period
        assertThat(rows()).hasCount(1);
        assertThat(rows().first()).containsText(lateInPeriod);
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "audit-log-unreadable-date");
    }

    private Locator rows() {
        return page.getByTestId("audit-log").locator("tbody tr");
    }

    private String concluded(String insurer, LocalDate changeDate) {
        return register.contract(insurer, aContract().number(RegisterFixtures.unique("LOG")).changeDate(changeDate)).number();
    }
}
