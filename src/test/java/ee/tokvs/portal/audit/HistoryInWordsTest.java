package ee.tokvs.portal.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;

import com.microsoft.playwright.Locator;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history says what changed in the reader's words: a claim's status, severity and specialty by their code-list
 * labels, a flag as yes or no, a payout's amount as "1 234,56 €" and its date as dd.mm.yyyy, on the claim's page and in
 * the submission log; a contract amendment's change table likewise. In Estonian, then in English.
 * <p>
 * The claim is entered as submitted, severity being specified, in general surgery; then changed on 12.06.2025 to an
 * insured event of severity III in orthopaedics, handling finished that day; then a payout of 1234.56 on 01.07.2025.
 */
@QuarkusTest
class HistoryInWordsTest extends BrowserTest {

    /** Playwright compares text with its white space collapsed, a no-break space as a space. */
    private static final String NBSP = "\u00a0";

    @Inject
    Register register;

    private long claimId;
    private String claimNumber;

    @BeforeEach
    void aChangedClaimWithAPayout() {
        ClaimBuilder entered = aClaim().specialty("GENERAL_SURGERY");
        var claim = register.claim(DemoData.POHJALA, entered);
        claimId = claim.id();
        claimNumber = claim.number();
        register.change(DemoData.POHJALA, claimId, aClaim().number(claimNumber).contract(entered.contract())
                .insured("III").specialty("ORTHOPAEDICS").finished("2025-06-12").changeDate("2025-06-12")
                .confirmingWarnings());
        register.add(DemoData.POHJALA, claimId, aPayout().date("2025-07-01").type("TREATMENT_COSTS").amount("1234,56"));
    }

    @Test
    void aClaimsHistoryInWordsInBothLanguages() {
        logInAs(DemoAccount.POHJALA_STAFF);
        String path = "/claims/" + claimId;
        page.navigate(url(path));

        Locator changed = historyRow("Nõuet muudeti");
        assertThat(changed).containsText("Nõude staatus: esitatud nõue → on kindlustusjuhtum");
        assertThat(changed).containsText("Tervisekahjustuse raskusaste: täpsustamisel → III – keskmine raskem");
        assertThat(changed).containsText("Eriala: üldkirurgia → ortopeedia");
        assertThat(changed).containsText("Kahjujuhtumi menetlus on lõpetatud: ei → jah");
        assertThat(changed).containsText("Menetluse lõpetamise kuupäev: (tühi) → 12.06.2025");
        Locator payout = historyRow("Väljamakse lisati");
        assertThat(payout).containsText("Kuupäev: (tühi) → 01.07.2025");
        assertThat(payout).containsText("Liik: (tühi) → ravikulud");
        assertThat(payout).containsText("Summa: (tühi) → 1" + NBSP + "234,56" + NBSP + "€");
        assertThat(page.getByTestId("history")).not().containsText("INSURED_EVENT");
        assertThat(page.getByTestId("history")).not().containsText("1234.56");
        PortalBrowser.assertAccessible(page);

        page.navigate(url("/lang/en?back=" + path));
        changed = historyRow("Claim changed");
        assertThat(changed).containsText("Claim status: submitted claim → insured event");
        assertThat(changed).containsText("Severity of the injury: being specified → III – moderate, heavier");
        assertThat(changed).containsText("Medical specialty: general surgery → orthopaedics");
        assertThat(changed).containsText("Handling of the incident is finished: no → yes");
        assertThat(changed).containsText("Date handling finished: (empty) → 12.06.2025");
        payout = historyRow("Payout added");
        assertThat(payout).containsText("Type: (empty) → treatment costs");
        assertThat(payout).containsText("Amount: (empty) → 1,234.56" + NBSP + "€");
        assertThat(payout).containsText("Date: (empty) → 01.07.2025");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "claim-history-in-words-en");
    }

    @Test
    void theSubmissionLogInWordsInBothLanguages() {
        logInAs(DemoAccount.POHJALA_ADMIN);
        page.navigate(url("/audit"));

        Locator changed = logRow("Nõuet muudeti");
        assertThat(changed).containsText("Nõude staatus: esitatud nõue → on kindlustusjuhtum");
        assertThat(changed).containsText("Eriala: üldkirurgia → ortopeedia");
        assertThat(changed).containsText("Kahjujuhtumi menetlus on lõpetatud: ei → jah");
        assertThat(logRow("Väljamakse lisati")).containsText("Summa: (tühi) → 1" + NBSP + "234,56" + NBSP + "€");
        assertThat(logRow("Väljamakse lisati")).containsText("Kuupäev: (tühi) → 01.07.2025");
        PortalBrowser.assertAccessible(page);

        page.navigate(url("/lang/en?back=/audit"));
        changed = logRow("Claim changed");
        assertThat(changed).containsText("Claim status: submitted claim → insured event");
        assertThat(changed).containsText("Handling of the incident is finished: no → yes");
        assertThat(logRow("Payout added")).containsText("Amount: (empty) → 1,234.56" + NBSP + "€");
        assertThat(logRow("Payout added")).containsText("Date: (empty) → 01.07.2025");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "audit-log-in-words-en");
    }

    @Test
    void aContractAmendmentsChangeTableInWordsInBothLanguages() {
        var contract = register.contract(DemoData.POHJALA, aContract().sums("100000.00", "300000.00"));
        register.change(DemoData.POHJALA, contract.id(), ChangeKind.AMENDMENT, aContract().number(contract.number())
                .changeDate("2025-03-01").sums("150000.00", "450000.00").periodEnd("2025-11-30").confirmingWarnings());
        logInAs(DemoAccount.POHJALA_STAFF);
        String path = "/contracts/" + contract.id();
        page.navigate(url(path));

        Locator changes = page.getByTestId("changes-2");
        assertChange(changes, "Kindlustussumma kindlustusjuhtumi kohta (€)", "100" + NBSP + "000,00" + NBSP + "€",
                "150" + NBSP + "000,00" + NBSP + "€");
        assertChange(changes, "Kindlustusperioodi lõpp", "31.12.2025", "30.11.2025");
        assertThat(historyRow("Leping sisestati")).containsText("Kindlustusperioodi algus: (tühi) → 01.01.2025");
        PortalBrowser.assertAccessible(page);

        page.navigate(url("/lang/en?back=" + path));
        changes = page.getByTestId("changes-2");
        assertChange(changes, "Aggregate insured sum per period (€)", "300,000.00" + NBSP + "€", "450,000.00" + NBSP + "€");
        assertChange(changes, "Insurance period end", "31.12.2025", "30.11.2025");
        assertThat(historyRow("Contract entered")).containsText("(empty) → 01.01.2025");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "contract-changes-in-words-en");
    }

    private Locator historyRow(String action) {
        return page.getByTestId("history").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(action));
    }

    /** This claim's event of the action in the log. */
    private Locator logRow(String action) {
        return page.getByTestId("audit-log").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(claimNumber))
                .filter(new Locator.FilterOptions().setHasText(action));
    }

    /** The change table's row of the field, by its header cell, says the values before and after. */
    private static void assertChange(Locator table, String field, String before, String after) {
        Locator row = table.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHas(table.page().locator("th", new com.microsoft.playwright.Page.LocatorOptions().setHasText(field))));
        assertThat(row.locator("th")).hasText(field);
        assertThat(row.locator("td").nth(0)).hasText(before);
        assertThat(row.locator("td").nth(1)).hasText(after);
    }
}
