package ee.tokvs.portal.reference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Terviseamet keeps the provider register: completes codes insurers entered, changes profiles, imports the list. */
@QuarkusTest
class ProviderPagesTest extends BrowserTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000));

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    /** A valid registry code no other test uses (range 6xxxxxxx). */
    static String freshCode() {
        String seven = String.valueOf(6_000_000 + NEXT.incrementAndGet());
        return seven + RegistryCode.checkDigit(seven);
    }

    private Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "test-files"));
        return Files.write(dir.resolve(name), content);
    }

    private long providers(String code) {
        return fixtures.count("", "select count(*) from healthcare_provider where registry_code = ? and known", code);
    }

    @Test
    void anAdminCompletesAnUnregisteredCodeAndChangesItsRiskProfileKeepingHistory() {
        String code = freshCode();
        // an insurer names it as a contract's policyholder, past the warning that Terviseamet does not know it
        register.contract(DemoData.POHJALA, aContract().policyholder(code).confirmingWarnings());
        logInAs(DemoAccount.TA_ADMIN);
        page.getByTestId("nav-unknown-providers").click();
        page.getByText(code).click();
        PortalBrowser.assertAccessible(page);
        page.fill("#name", "Uus Kliinik OÜ");
        page.selectOption("#riskProfile", "DENTAL_CARE");
        page.getByTestId("save").click();
        page.waitForURL(url("/reference/providers/" + code));
        assertThat(page.locator("h1")).containsText("Uus Kliinik OÜ");

        page.selectOption("#riskProfile", "FAMILY_MEDICINE");
        page.getByTestId("save").click();
        page.waitForURL(url("/reference/providers/" + code));
        assertThat(page.getByTestId("provider-history").locator("tbody tr")).hasCount(2);
        assertThat(page.getByTestId("provider-history")).containsText("Täiendati");
        assertThat(page.getByTestId("provider-history")).containsText("DENTAL_CARE");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "provider-detail");

        page.navigate(url("/reference/providers/unknown"));
        assertThat(page.locator("main")).not().containsText(code);
    }

    @Test
    void anAdminKeepsTheRegisterOfInsurers() {
        String code = freshCode();
        logInAs(DemoAccount.TA_ADMIN);
        page.getByTestId("nav-insurers").click();
        PortalBrowser.assertAccessible(page);
        page.fill("#registryCode", code.substring(0, 7) + ((code.charAt(7) - '0' + 1) % 10));
        page.fill("#name", "Uus Kindlustus AS");
        page.getByTestId("save").click();
        assertThat(page.locator("#registryCode-messages")).containsText("ei ole kehtiv");
        page.fill("#registryCode", code);
        page.getByTestId("save").click();
        assertThat(page.getByTestId("insurer-register")).containsText("Uus Kindlustus AS");
        page.fill("#registryCode", code);
        page.fill("#name", "Uus Kindlustus AS");
        page.selectOption("#licenceStatus", "SUSPENDED");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("insurer-register").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText(code))).containsText("Peatatud");
        assertEquals(2, fixtures.count("", "select count(*) from reference_change where subject = 'INSURER' and subject_key = ?", code));
    }

    @Test
    void aGoodListIsImportedAndABadOneIsRefusedWholeWithEveryProblemByRow() throws IOException {
        String first = freshCode();
        String second = freshCode();
        logInAs(DemoAccount.TA_ADMIN);
        page.navigate(url("/reference/providers"));
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "providers");

        String bad = "registry_code;name;risk_profile\n" + first + ";Hea Kliinik OÜ;DENTAL_CARE\n"
                + "12345670;Vale Kood OÜ;DENTAL_CARE\n" + second + ";Tundmatu Profiil OÜ;SPACESHIP\n"
                + first + ";Topelt OÜ;DENTAL_CARE\n";
        page.setInputFiles("#file", file("bad.csv", bad.getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("import").click();
        var problems = page.getByTestId("import-problems");
        assertThat(problems.locator("tbody tr")).hasCount(3);
        assertThat(problems).containsText("12345670");
        assertThat(problems).containsText("SPACESHIP");
        assertThat(problems).containsText("mitu korda");
        PortalBrowser.assertAccessible(page);
        PortalBrowser.screenshot(page, "providers-import-refused");
        assertEquals(0, providers(first));

        page.navigate(url("/reference/providers"));
        String good = "\uFEFFregistry_code;name;risk_profile\n" + first + ";Hea Kliinik OÜ;DENTAL_CARE\n"
                + second + ";Teine Haigla SA;LARGE_HOSPITAL\n";
        page.setInputFiles("#file", file("good.csv", good.getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("import").click();
        assertThat(page.getByTestId("import-summary")).containsText("lisatud 2");
        assertEquals(1, providers(first));
        assertEquals(1, providers(second));

        page.navigate(url("/reference/providers"));
        page.setInputFiles("#file", file("again.csv", good.getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("import").click();
        assertThat(page.getByTestId("import-summary")).containsText("muutmata 2");

        page.navigate(url("/reference/providers"));
        page.setInputFiles("#file", file("latin1.csv", ("registry_code;name;risk_profile\n" + first
                + ";P\u00f5hja OÜ;DENTAL_CARE\n").getBytes(StandardCharsets.ISO_8859_1)));
        page.getByTestId("import").click();
        assertThat(page.getByTestId("import-problems")).containsText("UTF-8");
    }
}
