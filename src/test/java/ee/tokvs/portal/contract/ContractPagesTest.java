package ee.tokvs.portal.contract;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.FillIn;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ContractBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.shared.time.Clocks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Insurer staff keep their contracts: conclude, amend, see the versions; rules answer at the field. */
@QuarkusTest
class ContractPagesTest extends BrowserTest {

    @Inject
    Clock clock;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    /** A contract concluded yesterday, as the new contract page is filled in. */
    private ContractBuilder concludedYesterday() {
        return aContract().changeDate(today().minusDays(1));
    }

    @Test
    void anInsurerConcludesAContractAmendsItAndSeesBothVersionsAndWhatChanged() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-contracts").click();
        page.waitForURL(url("/contracts"));
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "contracts-list");

        page.getByTestId("new-contract").click();
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "contract-new");
        ContractBuilder contract = concludedYesterday().policyholder(DemoData.PROVIDER_DENTAL)
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).sums("250 000,00", "750000");
        FillIn.form(page, contract.form());
        String number = contract.number();
        page.getByTestId("save").click();
        page.waitForURL(Pattern.compile(".*/contracts/\\d+(\\?saved=\\d+)?$"));
        assertThat(page.locator("h1")).containsText(number);
        // concluded yesterday, saved today: its deadline, the next working day after yesterday, is today or later
        assertThat(page.getByTestId("saved")).containsText("Leping sisestati: " + number + ".");
        assertThat(page.getByTestId("saved")).containsText("esitasite õigeaegselt");
        assertThat(page.getByTestId("version-1")).containsText("Kesklinna Hambakliinik OÜ");
        assertThat(page.getByTestId("version-1")).containsText("hambaravi");
        assertThat(page.getByTestId("history").locator("tbody tr")).hasCount(1);

        page.getByTestId("amend").click();
        assertThat(page.locator("#sumPerEvent")).hasValue("250000.00");
        page.fill("#changeDate", today().toString());
        page.fill("#sumPerEvent", "300000");
        page.getByTestId("save").click();
        page.waitForURL(Pattern.compile(".*/contracts/\\d+(\\?saved=\\d+)?$"));

        assertThat(page.getByTestId("saved")).containsText("Lepingut muudeti: " + number + ".");
        assertThat(page.getByTestId("saved")).containsText("esitasite õigeaegselt");
        assertThat(page.getByTestId("version-2")).containsText("Muutmine");
        assertThat(page.getByTestId("version-1")).containsText("Sõlmimine");
        assertThat(page.getByTestId("changes-2")).containsText("Kindlustussumma kindlustusjuhtumi kohta");
        assertThat(page.getByTestId("changes-2")).containsText("250\u00a0000,00\u00a0€");
        assertThat(page.getByTestId("changes-2")).containsText("300\u00a0000,00\u00a0€");
        assertThat(page.getByTestId("history").locator("tbody tr")).hasCount(2);
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "contract-detail");

        page.navigate(url("/contracts?q=" + number));
        assertThat(page.getByTestId("contracts").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("contracts")).containsText("2 · Muutmine");
    }

    @Test
    void brokenRulesAreShownAtTheirFieldsAndNothingIsSaved() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/contracts/new"));
        ContractBuilder bad = concludedYesterday().policyholder("12345670")
                .period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1)).sums("500", "100");
        FillIn.form(page, bad.form());
        String number = bad.number();
        page.getByTestId("save").click();

        assertThat(page.locator("#policyholderCode-messages")).containsText("ei ole kehtiv äriregistri kood");
        assertThat(page.locator("#periodEnd-messages")).containsText("lõpp ei saa olla enne algust");
        assertThat(page.locator("#sumAggregate-messages")).containsText("ei saa olla väiksem");
        assertThat(page.locator("#policyholderCode")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#contractNumber")).hasValue(number);
        assertThat(page.getByTestId("form-summary")).isVisible();
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "contract-form-errors");

        page.navigate(url("/contracts?q=" + number));
        assertThat(page.getByTestId("contract-count")).containsText("0");
    }

    @Test
    void anUnknownPolicyholderIsAWarningTheUserConfirms() {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.navigate(url("/contracts/new"));
        FillIn.form(page, concludedYesterday().policyholder("90000096")
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).sums("1000", "2000").form());
        page.getByTestId("save").click();
        assertThat(page.locator("#policyholderCode-messages")).containsText("ei ole Terviseameti registris");
        PortalBrowser.assertAccessible(page);

        page.check("#confirmWarnings");
        page.getByTestId("save").click();
        page.waitForURL(Pattern.compile(".*/contracts/\\d+(\\?saved=\\d+)?$"));
        assertThat(page.getByTestId("version-1")).containsText("registreerimata kood");
    }

    @Test
    void terviseametReadsEveryInsurersContractsButEntersNone() {
        Register.Saved theirs = register.contract(DemoData.LAANEMERE);
        logInAs(DemoAccount.TA_ANALYST);
        page.navigate(url("/contracts?q=" + theirs.number()));
        assertThat(page.getByTestId("contracts")).containsText(DemoData.LAANEMERE);
        assertThat(page.getByTestId("new-contract")).hasCount(0);
        PortalBrowser.assertAccessible(page);
        page.navigate(url("/contracts/" + theirs.id()));
        assertThat(page.locator("h1")).containsText(theirs.number());
        assertThat(page.getByTestId("amend")).hasCount(0);
        assertEquals(403, page.navigate(url("/contracts/new")).status());
        assertEquals(403, page.request().post(url("/contracts"), RequestOptions.create()
                .setForm(FillIn.posted(page, aContract().form()))).status());
    }

    @Test
    void anotherInsurersContractIsNotFoundByAddressOrByTamperedForm() {
        Register.Saved contract = register.contract(DemoData.LAANEMERE);
        String theirNumber = contract.number();
        long theirs = contract.id();

        logInAs(DemoAccount.POHJALA_STAFF);
        Response detail = page.navigate(url("/contracts/" + theirs));
        assertEquals(404, detail.status());
        assertFalse(page.content().contains(theirNumber));
        assertEquals(404, page.navigate(url("/contracts/" + theirs + "/amend")).status());

        APIResponse tampered = page.request().post(url("/contracts/" + theirs + "/amend"), RequestOptions.create()
                .setForm(FillIn.posted(page, aContract().number(null).changeDate(today())
                        .policyholder(DemoData.PROVIDER_FAMILY).period("2025-01-01", "2026-12-31").sums("1", "1")
                        .lockVersion(0).form())));
        assertEquals(404, tampered.status());
        assertFalse(tampered.text().contains(theirNumber));
        assertEquals(1, fixtures.count(DemoData.LAANEMERE,
                "select count(*) from contract_version where contract_id = ?", theirs));

        page.navigate(url("/contracts?q=" + theirNumber));
        assertThat(page.getByTestId("contract-count")).containsText("0");
    }

    /** The portal's today (Tallinn), not the machine's: they differ for two hours each night. */
    private LocalDate today() {
        return Clocks.today(clock);
    }
}
