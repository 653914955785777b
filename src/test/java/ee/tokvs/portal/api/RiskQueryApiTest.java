package ee.tokvs.portal.api;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.query.ClaimBreakdowns;
import ee.tokvs.portal.query.ProfileStatistics;
import ee.tokvs.portal.query.ProviderReport;
import ee.tokvs.portal.query.RiskQueries;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.testdata.AsUser;
import ee.tokvs.portal.testdata.People;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.SystemClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The §4 questions asked by a claims system with a client-credentials token: the answers are the ones the portal's
 * own service gives for the same register, every question is logged with the channel API and the client, a bad code
 * is refused at its parameter before anything is asked, and a representative without the query scope is refused
 * and leaves no trace. The register is the test's own: a risk profile and a provider no other test uses, with
 *
 * <pre>
 * contract  insurer    period                    sums (current version)  claim                        money
 * K1        Põhjala    2025-01-01 – 2025-12-31   100,000 / 400,000 (v2)  C1 insured event, INFECTION,  paid 1,200 treatment;
 *                                                                           III, incident 2025-05-01     reserves 900 then 700;
 *                                                                                                        recovered −150 deductible
 * K2        Läänemere  2024-11-01 – 2025-10-31   200,000 / 600,000       C2 submitted, being specified  none
 * </pre>
 */
@QuarkusTest
class RiskQueryApiTest {

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    AsUser asUser;

    @Inject
    RiskQueries queries;

    @Inject
    ObjectMapper json;

    private String profile;
    private String provider;

    /** Every request of this test, its answer held to the OpenAPI document the API serves. */
    private static RequestSpecification given() {
        return RestAssured.given().filter(ApiContract.FILTER);
    }

    @BeforeEach
    void aProviderOfItsOwnProfileInsuredByTwoInsurers() {
        profile = register.codeListEntry(CodeList.RISK_PROFILE,
                RegisterFixtures.unique("RQ").toUpperCase(Locale.ROOT).replace('-', '_'));
        provider = register.provider(profile);
        Register.Saved k1 = register.contract(DemoData.POHJALA, aContract().policyholder(provider));
        register.change(DemoData.POHJALA, k1.id(), ChangeKind.AMENDMENT, aContract().number(k1.number())
                .policyholder(provider).sums("100000.00", "400000.00").changeDate("2025-03-03"));
        String k2 = register.contract(DemoData.LAANEMERE, aContract().policyholder(provider)
                .period("2024-11-01", "2025-10-31").sums("200000.00", "600000.00").changeDate("2024-10-20")).number();
        long c1 = register.claim(DemoData.POHJALA, aClaim().contract(k1.number()).insured("III")).id();
        register.add(DemoData.POHJALA, c1, aPayout().amount("1200.00"));
        register.add(DemoData.POHJALA, c1, aReserve().amount("900.00"));
        register.add(DemoData.POHJALA, c1, aReserve().date("2025-08-01").amount("700.00"));
        register.add(DemoData.POHJALA, c1, aRecovery().amount("-150.00"));
        register.claim(DemoData.LAANEMERE, aClaim().contract(k2));
    }

    @Test
    void aSystemGetsTheProvidersReportAsThePortalComputesItAndTheQuestionIsLogged() throws Exception {
        var response = given().auth().oauth2(SystemClients.POHJALA.token())
                .get("/api/v1/providers/" + provider + "/risk-report")
                .then().statusCode(200).contentType("application/json").extract();
        String answer = response.asString();
        // the answer names its line in the query log
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from section4_query where id = ? and subject = ?"
                + " and channel = 'API'", Long.parseLong(response.header("Query-Reference")), provider));

        ProviderReport report = json.readValue(answer, ProviderReport.class);
        assertEquals(asUser.call(People.POHJALA_STAFF, () -> queries.providerReport(provider)), report);
        // both insurers' contracts, each once as its current version states it
        assertEquals(new ProviderReport.Contracts(2, LocalDate.of(2024, 11, 1), LocalDate.of(2025, 12, 31), List.of(
                new ProviderReport.SumGroup(new BigDecimal("100000.00"), new BigDecimal("400000.00"), 1),
                new ProviderReport.SumGroup(new BigDecimal("200000.00"), new BigDecimal("600000.00"), 1))),
                report.contracts());
        assertEquals(new ProviderReport.Provider("Katse OÜ", profile, true), report.provider());
        assertClaims(report.claims());
        // money as JSON numbers in euros to the cent, a sum of nothing too
        assertTrue(answer.contains("\"paid\":1200.00,\"reserved\":700.00"), answer);
        assertTrue(answer.contains("\"received\":-150.00,\"outstanding\":0.00"), answer);

        assertEquals(1, logged(DemoData.POHJALA, "PROVIDER_REPORT", provider, "pohjala-system", "API"));
    }

    @Test
    void aSystemGetsTheRiskProfilesStatisticsAsThePortalComputesThemAndTheQuestionIsLogged() throws Exception {
        String answer = given().auth().oauth2(SystemClients.LAANEMERE.token())
                .get("/api/v1/risk-profiles/" + profile + "/statistics")
                .then().statusCode(200).contentType("application/json").extract().asString();

        ProfileStatistics statistics = json.readValue(answer, ProfileStatistics.class);
        assertEquals(asUser.call(People.LAANEMERE_STAFF, () -> queries.profileStatistics(profile)), statistics);
        // K2 started in 2024 and K1 in 2025, each a year of 365 days
        assertEquals(List.of(new ProfileStatistics.ContractYear(2024, 1, 365), new ProfileStatistics.ContractYear(2025, 1, 365)),
                statistics.contractYears());
        assertClaims(statistics.claims());

        assertEquals(1, logged(DemoData.LAANEMERE, "PROFILE_STATISTICS", profile, "laanemere-system", "API"));
    }

    @Test
    void aBadCodeIsRefusedAtItsParameterInTheCallersLanguageAndNothingIsAsked() {
        String last = provider.substring(7);
        String wrongCheckDigit = provider.substring(0, 7) + (Integer.parseInt(last) + 1) % 10;
        String token = SystemClients.POHJALA.token();
        given().auth().oauth2(token).header("Accept-Language", "en")
                .get("/api/v1/providers/" + wrongCheckDigit + "/risk-report")
                .then().statusCode(422).contentType(ApiProblem.MEDIA_TYPE).body("code", equalTo("invalid_query"))
                .body("errors[0].code", equalTo("rule_registry_code_invalid"))
                .body("errors[0].pointer", equalTo("/registryCode"))
                .body("errors[0].message", containsString(wrongCheckDigit + "\" is not a valid business-registry code"));
        given().auth().oauth2(token).get("/api/v1/risk-profiles/NO_SUCH_PROFILE/statistics")
                .then().statusCode(422).contentType(ApiProblem.MEDIA_TYPE).body("title", equalTo("Päringut ei saa teha"))
                .body("errors[0].code", equalTo("rule_code_unknown"))
                .body("errors[0].pointer", equalTo("/riskProfile"))
                .body("errors[0].message", containsString("NO_SUCH_PROFILE"));

        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from section4_query where subject in (?, ?)",
                wrongCheckDigit, "NO_SUCH_PROFILE"));
    }

    @Test
    void aRepresentativesSystemAsksOnlyUnderAMandateWithTheQueryScope() {
        String token = SystemClients.KAHJUABI.token();
        long submitOnly = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, true, false);
        try {
            given().auth().oauth2(token).header(ActingInsurer.REPRESENTED_PARTY, DemoData.POHJALA)
                    .get("/api/v1/providers/" + provider + "/risk-report")
                    .then().statusCode(403).contentType(ApiProblem.MEDIA_TYPE).body("code", equalTo("forbidden"));
            given().auth().oauth2(token).header(ActingInsurer.REPRESENTED_PARTY, DemoData.POHJALA)
                    .get("/api/v1/risk-profiles/" + profile + "/statistics")
                    .then().statusCode(403).contentType(ApiProblem.MEDIA_TYPE).body("code", equalTo("forbidden"));
            assertEquals(0, fixtures.count(ActingInsurer.ALL_READ_ONLY,
                    "select count(*) from section4_query where subject in (?, ?)", provider, profile));
        } finally {
            register.revokeMandate(DemoData.POHJALA, submitOnly);
        }

        long queryOnly = register.mandate(DemoData.POHJALA, DemoData.KAHJUABI, false, true);
        try {
            given().auth().oauth2(token).header(ActingInsurer.REPRESENTED_PARTY, DemoData.POHJALA)
                    .get("/api/v1/providers/" + provider + "/risk-report").then().statusCode(200)
                    .body("contracts.contracts", equalTo(2));
            // logged for the insurer represented, naming the representative's company beside its system
            assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from section4_query where subject = ?"
                    + " and client = 'kahjuabi-system' and channel = 'API' and actor_org_code = ?", provider,
                    DemoData.KAHJUABI));
        } finally {
            register.revokeMandate(DemoData.POHJALA, queryOnly);
        }
    }

    /** The claims of the register above: C1 and C2 in 2025, one insured event, C1's money. */
    private static void assertClaims(ClaimBreakdowns claims) {
        assertEquals(List.of(new ClaimBreakdowns.ClaimYear(2025, 2, 1)), claims.years());
        assertEquals(List.of("2025 TREATMENT_COSTS INFECTION III 1 1 1200.00 700.00"), claims.byDamage().stream()
                .map(r -> String.join(" ", String.valueOf(r.year()), r.damageType(), r.incidentType(), r.severity(),
                        String.valueOf(r.claims()), String.valueOf(r.insuredEvents()), r.paid().toPlainString(),
                        r.reserved().toPlainString())).toList());
        assertEquals(List.of("2025 DEDUCTIBLE INFECTION III 1 1 -150.00 0.00"), claims.byRecovery().stream()
                .map(r -> String.join(" ", String.valueOf(r.year()), r.recoveryType(), r.incidentType(), r.severity(),
                        String.valueOf(r.claims()), String.valueOf(r.insuredEvents()), r.received().toPlainString(),
                        r.outstanding().toPlainString())).toList());
    }

    /** How many questions of this kind about this subject the insurer's log holds from this client and channel. */
    private long logged(String insurer, String query, String subject, String client, String channel) {
        return fixtures.count(insurer, "select count(*) from section4_query where query = ? and subject = ?"
                + " and client = ? and actor_username = ? and channel = ?", query, subject, client, client, channel);
    }
}
