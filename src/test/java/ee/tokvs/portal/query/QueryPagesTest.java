package ee.tokvs.portal.query;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.testdata.ActingAsPohjalaAdmin;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.AsUser;
import ee.tokvs.portal.testdata.People;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The §4 question pages without a browser: an insurer's staff member asks about a provider of this test's own, with a
 * contract and a claim at each of two insurers, and reads the figures; the export holds exactly the page's tables; a
 * bad code is answered at its field; a representative whose mandate does not include queries, and Terviseamet, may
 * not ask; Terviseamet reads who asked.
 */
@QuarkusTest
class QueryPagesTest {

    /** A representative company of this test's own, holding a mandate to submit for Põhjala but not to ask. */
    private static final String SUBMIT_ONLY_COMPANY = "19980107";

    private static String provider;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    AsUser asUser;

    @Inject
    RiskQueries queries;

    /**
     * The provider's contracts: Läänemere's for 2024 (50 000 / 150 000), Põhjala's for 2025 (100 000 / 300 000). Its
     * claims: one at Läänemere from March 2024, still being specified; one at Põhjala from May 2025, an insured event
     * (infection, severity III) with 1 200,50 paid, 3 000 reserved and a deductible of 200 recovered.
     */
    @BeforeEach
    void aProviderKnownToTwoInsurers() {
        if (provider != null) {
            return;
        }
        String code = register.provider("NURSING_CARE");
        String pohjala = register.contract(DemoData.POHJALA, aContract().policyholder(code)).number();
        String laanemere = register.contract(DemoData.LAANEMERE, aContract().policyholder(code).changeDate("2023-12-20")
                .period("2024-01-01", "2024-12-31").sums("50000.00", "150000.00")).number();
        long insured = register.claim(DemoData.POHJALA, aClaim().contract(pohjala).insured("III")).id();
        register.add(DemoData.POHJALA, insured, aPayout().amount("1200,50"));
        register.add(DemoData.POHJALA, insured, aReserve().amount("3000"));
        register.add(DemoData.POHJALA, insured, aRecovery().amount("-200"));
        register.claim(DemoData.LAANEMERE, aClaim().contract(laanemere).incident("2024-03-01").received("2024-04-01"));
        fixtures.representativeCompany(SUBMIT_ONLY_COMPANY, "Ainult Esitaja OÜ");
        register.mandate(DemoData.POHJALA, SUBMIT_ONLY_COMPANY, true, false);
        provider = code;
    }

    @Test
    @ActingAsPohjalaStaff
    void theReportShowsTheProviderItsContractsAndItsClaimsByYear() {
        String page = given().get("/queries/provider?registryCode=" + provider).then().statusCode(200).extract().asString();
        List<AnswerSections> tables = AnswerSections.ofPage(page);

        assertEquals(List.of(List.of("Äriregistri kood", provider), List.of("Nimi", "Katse OÜ"),
                List.of("Riskiprofiil", "õendusabi"), List.of("Lepinguid kokku", "2"),
                List.of("Esimese lepingu kindlustusperioodi algus", "01.01.2024"),
                List.of("Viimase lepingu kindlustusperioodi lõpp", "31.12.2025")), tables.get(0).rows());
        assertEquals(List.of(List.of("50\u00a0000,00", "150\u00a0000,00", "1"), List.of("100\u00a0000,00", "300\u00a0000,00", "1"),
                List.of("Kokku", "", "2")), table(tables, "Lepingud kindlustussummade lõikes").rows());
        assertEquals(List.of(List.of("2024", "1", "0"), List.of("2025", "1", "1"), List.of("Kokku", "2", "1")),
                table(tables, "Kahjunõuded ja kindlustusjuhtumid aastate kaupa").rows());
        assertEquals(List.of(List.of("esitatud nõue", "täpsustamisel", "1", "0", "1"), List.of("Kokku", "", "1", "0", "1")),
                table(tables, "2024: Käsitluse oleku ja raskusastme järgi").rows());
        assertEquals(List.of(List.of("ravikulud", "nakkus", "III – keskmine raskem", "1", "1", "1\u00a0200,50", "3\u00a0000,00"),
                List.of("Kokku", "", "", "1", "1", "1\u00a0200,50", "3\u00a0000,00")),
                table(tables, "2025: Hüvitatava kahju liigi, kahjujuhtumi liigi ja raskusastme järgi").rows());
        assertEquals(List.of(List.of("andmeid ei ole.")),
                table(tables, "2024: Tagasinõude liigi, kahjujuhtumi liigi ja raskusastme järgi").rows());
        assertEquals("\u2212200,00", table(tables, "2025: Tagasinõude liigi, kahjujuhtumi liigi ja raskusastme järgi")
                .rows().get(0).get(5), "a recovery received keeps its minus sign");
        assertTrue(page.contains("data-testid=\"print-link\""), "the page links to its print view");
    }

    @Test
    @ActingAsPohjalaStaff
    void theExportHoldsExactlyTheTablesOfThePage() throws Exception {
        String page = given().get("/queries/provider?registryCode=" + provider).then().statusCode(200).extract().asString();
        Response file = given().get("/queries/provider?format=csv&registryCode=" + provider);
        assertEquals(200, file.statusCode());
        assertTrue(file.header("Content-Disposition").contains("tokvs-provider-" + provider), file.header("Content-Disposition"));
        List<AnswerSections> shown = AnswerSections.ofPage(page);
        List<AnswerSections> exported = AnswerSections.ofCsv(new String(file.asByteArray(), StandardCharsets.UTF_8));
        assertEquals(shown.size(), exported.size(), "tables on the page " + shown + "\nin the file " + exported);
        for (int i = 0; i < shown.size(); i++) {
            assertTrue(shown.get(i).sameAs(exported.get(i)), "on the page " + shown.get(i) + "\nin the file " + exported.get(i));
        }
        byte[] xlsx = given().get("/queries/provider?format=xlsx&registryCode=" + provider).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            org.dhatim.fastexcel.reader.Row paid = workbook.getFirstSheet().read().stream()
                    .filter(row -> "ravikulud".equals(row.getCellText(0))).findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, paid.getCell(5).getType(), "the paid sum is a number in the spreadsheet");
            assertEquals(0, new BigDecimal("1200.50").compareTo(paid.getCell(5).asNumber()));
            assertEquals(CellType.NUMBER, paid.getCell(3).getType(), "and so is a count");
        }
    }

    @Test
    @ActingAsPohjalaStaff
    void anEnglishReadersFileHasCommasBetweenCellsAndADecimalPoint() throws Exception {
        byte[] csv = given().cookie(Language.COOKIE, "en").get("/queries/provider?format=csv&registryCode=" + provider)
                .then().statusCode(200).extract().asByteArray();
        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8).replace("\ufeff", ""),
                CSVFormat.DEFAULT)) {
            assertTrue(parser.getRecords().stream().map(CSVRecord::toList).anyMatch(List.of("treatment costs", "infection",
                    "III – moderate, heavier", "1", "1", "1200.50", "3000.00")::equals), "the damage row as a spreadsheet reads it");
        }
    }

    @Test
    @ActingAsPohjalaStaff
    void figuresAndLabelsAreInTheReadersLanguage() {
        String page = given().cookie(Language.COOKIE, "en").get("/queries/provider?registryCode=" + provider).then()
                .statusCode(200).extract().asString();
        List<AnswerSections> tables = AnswerSections.ofPage(page);
        assertEquals(List.of("treatment costs", "infection", "III – moderate, heavier", "1", "1", "1,200.50", "3,000.00"),
                table(tables, "2025: By damage type, incident type and severity").rows().get(0));
        assertEquals(List.of("Risk profile", "nursing care"), tables.get(0).rows().get(2));
    }

    @Test
    @ActingAsPohjalaStaff
    void aBadCodeIsAnsweredAtItsFieldAndACodeTheRegisterHasNotSeenPlainly() {
        String refused = given().get("/queries/provider?registryCode=12345670").then().statusCode(422).extract().asString();
        assertTrue(refused.contains("<div id=\"registryCode-messages\" class=\"field-messages\">"), refused);
        assertTrue(refused.contains("„12345670“ ei ole kehtiv äriregistri kood"), refused);
        assertTrue(refused.contains("aria-invalid=\"true\""), refused);
        assertTrue(refused.matches("(?s).*<input id=\"registryCode\"[^>]*aria-describedby=\"registryCode-hint registryCode-messages\".*"),
                refused);
        assertTrue(!refused.contains("data-testid=\"answer\""), "no answer for a bad code");
        given().get("/queries/provider/print?registryCode=1234").then().statusCode(422);
        given().get("/queries/profile?riskProfile=NO_SUCH").then().statusCode(422);

        String unseen = given().get("/queries/provider?registryCode=" + DemoData.POHJALA).then().statusCode(200).extract()
                .asString();
        assertTrue(unseen.contains("Registris ei ole äriregistri koodiga " + DemoData.POHJALA
                + " tervishoiuteenuse osutajat ega ühtegi tema lepingut ega kahjunõuet."), unseen);
    }

    @Test
    @ActingAsPohjalaStaff
    void theProfilesStatisticsAndTheStatementOpen() {
        String profile = given().get("/queries/profile?riskProfile=NURSING_CARE").then().statusCode(200).extract().asString();
        assertTrue(profile.contains("data-testid=\"table-contract-years\""), profile);
        String statement = given().get("/queries/provider/print?registryCode=" + provider).then().statusCode(200).extract()
                .asString();
        assertTrue(statement.contains("Väljavõte TOKVS registrist"), statement);
        assertTrue(statement.contains("Põhjala Kindlustus AS (" + DemoData.POHJALA + ")"), statement);
        assertTrue(statement.contains("Kati Kask (pohjala.staff)"), statement);
        assertTrue(statement.contains("§ 4 lõiked 3 ja 4"), statement);
        assertEquals(AnswerSections.ofPage(given().get("/queries/provider?registryCode=" + provider).asString()).size(),
                AnswerSections.ofPage(statement).size(), "the statement shows the page's tables");
    }

    @Test
    @TestSecurity(user = "rep.submits", roles = "representative")
    @OidcSecurity(claims = {
            @Claim(key = "sid", value = "test-session-rep.submits"),
            @Claim(key = "preferred_username", value = "rep.submits"),
            @Claim(key = "name", value = "Esitav Esindaja"),
            @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                    value = "{\"esindaja\":{\"registryCode\":[\"" + SUBMIT_ONLY_COMPANY + "\"],\"kind\":[\"representative\"]}}")
    })
    void aRepresentativeWhoseMandateAllowsNoQueriesMayNotAsk() {
        given().cookie(ActingInsurer.CHOICE_COOKIE, DemoData.POHJALA).get("/claims").then().statusCode(200);
        for (String path : List.of("/queries/provider?registryCode=" + provider, "/queries/provider?format=csv&registryCode="
                + provider, "/queries/provider/print?registryCode=" + provider, "/queries/profile?riskProfile=NURSING_CARE")) {
            String page = given().cookie(ActingInsurer.CHOICE_COOKIE, DemoData.POHJALA).get(path).then().statusCode(403)
                    .extract().asString();
            assertTrue(page.contains("ainult andmete esitamist"), path + ": " + page);
        }
    }

    @Test
    @ActingAsTerviseametAnalyst
    void terviseametDoesNotAskButReadsWhoAsked() {
        for (String path : List.of("/queries/provider?registryCode=" + provider, "/queries/provider/print?registryCode="
                + provider, "/queries/profile?riskProfile=NURSING_CARE", "/queries/profile/print?riskProfile=NURSING_CARE")) {
            given().get(path).then().statusCode(403);
        }
        asUser.call(People.LAANEMERE_STAFF, () -> queries.profileStatistics("NURSING_CARE"));
        asUser.call(People.POHJALA_STAFF, () -> queries.providerReport(provider));

        String log = given().get("/queries/log").then().statusCode(200).extract().asString();
        String newest = log.substring(log.indexOf("<tbody>"), log.indexOf("</tr>", log.indexOf("<tbody>")));
        assertTrue(newest.contains("Põhjala Kindlustus AS (" + DemoData.POHJALA + ")"), newest);
        assertTrue(newest.contains("Kati Kask (pohjala.staff)"), newest);
        assertTrue(newest.contains("tervishoiuteenuse osutaja riskiandmed"), newest);
        assertTrue(newest.contains(provider), newest);
        assertTrue(log.contains("Läänemere Kindlustus AS (" + DemoData.LAANEMERE + ")"), "every insurer's questions");
        assertTrue(log.contains("<td>õendusabi</td>"), "a profile is named by its label");
    }

    @Test
    @ActingAsPohjalaAdmin
    void anInsurersAdminReadsOnlyItsOwnInsurersQuestions() {
        asUser.call(People.POHJALA_STAFF, () -> queries.providerReport(provider));
        asUser.call(People.LAANEMERE_STAFF, () -> queries.providerReport(provider));

        String log = given().get("/queries/log").then().statusCode(200).extract().asString();
        assertTrue(log.contains("Teie kindlustusandja nimel tehtud § 4 päringud"), log);
        assertTrue(log.contains("Põhjala Kindlustus AS (" + DemoData.POHJALA + ")"), log);
        assertTrue(!log.contains(DemoData.LAANEMERE), "Läänemere's question, the newest, is not Põhjala's to see: " + log);
    }

    private static AnswerSections table(List<AnswerSections> tables, String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + title + " in " + tables));
    }
}
