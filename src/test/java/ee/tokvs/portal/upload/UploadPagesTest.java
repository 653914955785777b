package ee.tokvs.portal.upload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insurer staff move their register in by file: progress, summary, the problem report, and the records. */
@QuarkusTest
class UploadPagesTest extends BrowserTest {

    /** An upload's end is awaited as long as any state of a test (its summary or refusal appears at once then). */
    private static final LocatorAssertions.IsVisibleOptions LONG = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(Waiting.PATIENCE.toMillis());

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Inject
    UploadProgress progress;

    @Inject
    AgroalDataSource dataSource;

    @TempDir
    Path dir;

    /** The latest uploads and how far this portal's workers have them, kept beside a failed test's screenshot. */
    @Override
    protected String stateOnFailure() {
        return fixtures.asInsurer("*", connection -> {
            StringBuilder state = new StringBuilder("latest uploads (id, status, file, rows, errors, warnings, finished):\n");
            try (var s = connection.prepareStatement("select id, status, file_name, rows_total, errors, warnings,"
                    + " finished_at from upload order by id desc limit 5"); var rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    state.append(id).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append(' ')
                            .append(rs.getInt(4)).append(' ').append(rs.getInt(5)).append(' ').append(rs.getInt(6))
                            .append(' ').append(rs.getString(7)).append(", worker here: ")
                            .append(progress.here(id).map(Object::toString).orElse("none")).append('\n');
                }
            }
            return state.toString();
        });
    }

    private void send(Path file, String kind) {
        page.getByTestId("nav-uploads").click();
        page.locator("input[name=kind][value=" + kind + "]").check();
        page.setInputFiles("#file", file);
        page.getByTestId("upload").click();
    }

    @Test
    void aGoodFileShowsProgressThenItsSummaryAndItsClaimsAreInTheList() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        String prefix = RegisterFixtures.unique("UPN");
        UploadFiles file = UploadFiles.claims();
        for (int i = 0; i < 3000; i++) {
            file.claim(prefix + "-" + i, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING");
        }
        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-uploads").click();
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "upload-form");

        // Held before its rows by the insurer's upload lock, the upload shows its progress however fast it would run.
        try (HeldUploadLock queue = HeldUploadLock.of(dataSource, DemoData.POHJALA)) {
            send(file.csv(dir), "CLAIMS");

            assertThat(page).hasURL(Pattern.compile(".*/uploads/\\d+$"));
            assertThat(page.getByTestId("upload-progress")).isVisible();
            PortalBrowser.assertAccessible(page);
            PortalBrowser.screenshot(page, "upload-progress");
        }
        Locator summary = page.getByTestId("upload-summary");
        assertThat(summary).isVisible(LONG);
        assertThat(summary).containsText("3000 rida, neist 3000 lisatud, 0 muudetud, 0 muutmata");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "upload-done");

        page.navigate(url("/claims?incidentNumber=J-" + prefix + "-2999"));
        assertThat(page.locator("table.data tbody tr")).hasCount(1);
        assertThat(page.locator("table.data tbody")).containsText(prefix + "-2999");

        // The contract's 3,000 claims page through, the filter kept from page to page.
        page.navigate(url("/claims?contractNumber=" + contract));
        String firstOfPageOne = page.getByTestId("claims").locator("tbody tr").first().textContent();
        page.locator("a[rel=next]").click();
        assertThat(page).hasURL(Pattern.compile(".*contractNumber=" + contract + ".*page=1$"));
        assertThat(page.getByTestId("claims").locator("tbody tr").first()).not().hasText(firstOfPageOne);
        assertThat(page.locator("a[rel=prev]")).isVisible();

        page.navigate(url("/uploads"));
        assertThat(page.getByTestId("upload-history")).containsText("3000");
    }

    @Test
    void aBadFileIsRefusedWithItsProblemsByRowWhichCanBeDownloaded() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        String number = RegisterFixtures.unique("UPB");
        Path file = UploadFiles.claims()
                .claim(number, contract, "on kindlustusjuhtum", "muu", "III")
                .item("väljamakse", number, "15.07.2025", "ravikulud", "=1+2")
                .csv(dir);
        logInAs(DemoAccount.POHJALA_STAFF);

        send(file, "CLAIMS");
        // the file was taken: its own page (a failure here says the form did not go, not that the job hung)
        page.waitForURL(Pattern.compile(".*/uploads/\\d+$"));

        Locator refused = page.getByTestId("upload-refused");
        assertThat(refused).isVisible(LONG);
        assertThat(refused).containsText("Faili ei salvestatud");
        Locator problems = page.getByTestId("upload-problems");
        assertThat(problems.locator("tbody tr").first()).containsText("juhtumi_liik");
        assertThat(problems).containsText("summa");
        assertThat(problems).containsText("=1+2");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "upload-refused");

        Download download = page.waitForDownload(() -> page.getByTestId("problems-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\ufeffRida;Veerg;Väärtus;Tase;Probleem\r\n"), csv);
        assertTrue(csv.contains("2;juhtumi_liik;muu;viga;"), csv);
        assertTrue(csv.contains("3;summa;'=1+2;viga;"), csv);

        page.getByTestId("lang-switch").click();
        assertThat(page.getByTestId("upload-refused")).containsText("The file was not saved");
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number = ?", number));
    }

    @Test
    void aFileOverTheLimitIsRefusedAtTheFileField() throws Exception {
        Path large = dir.resolve("large.csv");
        Files.write(large, new byte[2 * 1024 * 1024 + 10]);
        logInAs(DemoAccount.POHJALA_STAFF);

        send(large, "CLAIMS");

        assertThat(page.locator("#file-messages")).containsText("Fail on liiga suur");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void theTemplateHasTheLayoutsColumnsInTheUsersLanguage() throws Exception {
        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-uploads").click();
        Download download = page.waitForDownload(() -> page.getByTestId("template-contracts-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertEquals("\ufeff" + UploadFiles.CONTRACT_HEADER, csv.strip());
    }

    @Test
    void aFileCanBeOnlyCheckedFromTheKeyboardAndItsPageSaysNothingWasWritten() throws Exception {
        String contract = register.contract(DemoData.POHJALA).number();
        String number = RegisterFixtures.unique("UPK");
        Path file = UploadFiles.claims().claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);
        logInAs(DemoAccount.POHJALA_STAFF);
        page.getByTestId("nav-uploads").click();
        page.locator("input[name=kind][value=CLAIMS]").check();
        page.setInputFiles("#file", file);

        // the second button, next after saving in the keyboard's order
        page.getByTestId("upload").focus();
        page.keyboard().press("Tab");
        assertThat(page.getByTestId("upload-check")).isFocused();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/uploads/\\d+$"));

        assertThat(page.getByTestId("upload-check-only")).containsText("registrisse ei kirjutatud midagi");
        Locator summary = page.getByTestId("upload-summary");
        assertThat(summary).isVisible(LONG);
        assertThat(summary).containsText("Kontroll vigu ei leidnud");
        assertThat(summary).containsText("1 rida, neist 1 lisatud");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "upload-checked");
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number = ?", number));

        page.navigate(url("/uploads"));
        assertThat(page.getByTestId("upload-history")).containsText("Kontrollitud, vigu ei leitud (ei salvestatud)");
    }
}
