package ee.tokvs.portal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.AsUser;
import ee.tokvs.portal.testdata.People;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.RiskQueryFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure of both §4 answers over {@link RiskQueryFixture}, as worked out by hand there. Rows are compared as text,
 * "year codes: figures", money in plain notation; the order is the answer's own (year, then codes).
 */
@QuarkusTest
class RiskQueriesTest {

    @Inject
    RiskQueries queries;

    @Inject
    RiskQueryFixture fixture;

    @Inject
    AsUser asUser;

    RiskQueryFixture.Codes codes;

    @BeforeEach
    void theFixture() {
        codes = fixture.seed();
    }

    @Test
    void aProvidersReportCountsItsContractsOnceAsTheirCurrentVersionStatesThem() {
        ProviderReport report = asPohjala(() -> queries.providerReport(codes.h1()));
        assertEquals(codes.profile(), report.provider().riskProfile());
        assertTrue(report.provider().known());
        // K1, K2 (three versions, counted once with v3's sums) and K3 of the other insurer
        assertEquals(3, report.contracts().contracts());
        assertEquals(LocalDate.of(2024, 1, 1), report.contracts().firstPeriodStart());
        assertEquals(LocalDate.of(2026, 2, 28), report.contracts().lastPeriodEnd());
        assertEquals(List.of("100000/300000: 1", "200000/600000: 2"), report.contracts().bySums().stream()
                .map(s -> plain(s.sumPerEvent()) + "/" + plain(s.sumAggregate()) + ": " + s.contracts()).toList());
    }

    @Test
    void aProvidersClaimsByTheYearOfTheIncident() {
        ClaimBreakdowns claims = asPohjala(() -> queries.providerReport(codes.h1())).claims();
        // 2025: C2, C3 and C4 of one incident with C3; only C3 is an insured event
        assertEquals(List.of("2024: 1 1", "2025: 3 1"), years(claims));
        assertEquals(List.of("2024 INSURED_EVENT III: 0 1", "2025 INSURED_EVENT III: 1 0",
                "2025 NOT_INSURED_EVENT II: 0 1", "2025 SUBMITTED PENDING: 1 0"), statuses(claims));
        // C1's two treatment payouts summed and its later reserve only; C2 reserved but paid nothing
        assertEquals(List.of("2024 NON_PECUNIARY INFECTION III: 1 1 2000 0", "2024 TREATMENT_COSTS INFECTION III: 1 1 1500 100",
                "2025 TREATMENT_COSTS BEING_SPECIFIED PENDING: 1 0 0 400", "2025 TREATMENT_COSTS INFECTION III: 1 1 700 0"),
                damages(claims));
        // received with its minus sign; C3's later outstanding amount only
        assertEquals(List.of("2024 DEDUCTIBLE INFECTION III: 1 1 -200 0", "2025 OTHER_INSURER INFECTION III: 1 1 -100 250"),
                recoveries(claims));
    }

    @Test
    void anotherProviderOfTheProfileHasOnlyItsOwn() {
        ProviderReport report = asPohjala(() -> queries.providerReport(codes.h2()));
        assertEquals(1, report.contracts().contracts());
        assertEquals(LocalDate.of(2025, 1, 1), report.contracts().firstPeriodStart());
        assertEquals(LocalDate.of(2025, 12, 31), report.contracts().lastPeriodEnd());
        assertEquals(List.of("2025: 1 1"), years(report.claims()));
        assertEquals(List.of("2025 INSURED_EVENT IV: 1 0"), statuses(report.claims()));
        assertEquals(List.of("2025 TEMPORARY_INCAPACITY DEVICE_FAILURE IV: 1 1 3000 1500"), damages(report.claims()));
        assertEquals(List.of(), recoveries(report.claims()));
    }

    @Test
    void aProfilesContractsAndInsuredDaysByTheYearTheirPeriodStarted() {
        ProfileStatistics statistics = asPohjala(() -> queries.profileStatistics(codes.profile()));
        // 2024: K1, a leap year; 2025: K2 (v3's period, 365 days, not v1's 181), K3 (Mar–Feb, 365) and K4 (365)
        assertEquals(List.of("2024: 1 366", "2025: 3 1095"), statistics.contractYears().stream()
                .map(y -> y.year() + ": " + y.contracts() + " " + y.insuredDays()).toList());
        assertEquals("4 1461", statistics.total().contracts() + " " + statistics.total().insuredDays());
    }

    @Test
    void aProfilesClaimsAreBothProvidersClaimsWithTotals() {
        ClaimBreakdowns claims = asPohjala(() -> queries.profileStatistics(codes.profile())).claims();
        assertEquals(List.of("2024: 1 1", "2025: 4 2"), years(claims));
        assertEquals(List.of("2024 INSURED_EVENT III: 0 1", "2025 INSURED_EVENT III: 1 0", "2025 INSURED_EVENT IV: 1 0",
                "2025 NOT_INSURED_EVENT II: 0 1", "2025 SUBMITTED PENDING: 1 0"), statuses(claims));
        assertEquals(List.of("2024 NON_PECUNIARY INFECTION III: 1 1 2000 0", "2024 TREATMENT_COSTS INFECTION III: 1 1 1500 100",
                "2025 TEMPORARY_INCAPACITY DEVICE_FAILURE IV: 1 1 3000 1500",
                "2025 TREATMENT_COSTS BEING_SPECIFIED PENDING: 1 0 0 400", "2025 TREATMENT_COSTS INFECTION III: 1 1 700 0"),
                damages(claims));
        assertEquals(List.of("2024 DEDUCTIBLE INFECTION III: 1 1 -200 0", "2025 OTHER_INSURER INFECTION III: 1 1 -100 250"),
                recoveries(claims));
        assertEquals("5 3", claims.total().claims() + " " + claims.total().insuredEvents());
        var status2025 = ClaimBreakdowns.totalOfStatus(claims.byStatus(2025));
        assertEquals("3 1 4", status2025.open() + " " + status2025.closed() + " " + status2025.total());
        var damage2025 = ClaimBreakdowns.totalOfDamage(claims.byDamage(2025));
        assertEquals("3 2 3700 1900", damage2025.claims() + " " + damage2025.insuredEvents() + " "
                + plain(damage2025.paid()) + " " + plain(damage2025.reserved()));
        var recovery2025 = ClaimBreakdowns.totalOfRecovery(claims.byRecovery(2025));
        assertEquals("1 1 -100 250", recovery2025.claims() + " " + recovery2025.insuredEvents() + " "
                + plain(recovery2025.received()) + " " + plain(recovery2025.outstanding()));
    }

    @Test
    void everyInsurerGetsTheSameAnswer() {
        ProviderReport forPohjala = asPohjala(() -> queries.providerReport(codes.h1()));
        ProviderReport forLaanemere = asUser.call(People.LAANEMERE_STAFF, () -> queries.providerReport(codes.h1()));
        assertEquals(forPohjala, forLaanemere);
    }

    @Test
    void aCodeTheRegisterHasNeverSeenAnswersEmpty() {
        String code = RegisterFixtures.freshRegistryCode("77");
        ProviderReport report = asPohjala(() -> queries.providerReport(" " + code + " "));
        assertNull(report.provider());
        assertEquals(0, report.contracts().contracts());
        assertNull(report.contracts().firstPeriodStart());
        assertTrue(report.contracts().bySums().isEmpty());
        assertTrue(report.claims().isEmpty());
    }

    @Test
    @ActingAsPohjalaStaff
    void aBadCodeOrProfileIsRefusedAtItsField() {
        String wrongCheckDigit = "7799991" + (RegistryCode.checkDigit("7799991") + 1) % 10;
        for (String bad : new String[] {"", "1234567", wrongCheckDigit, "1234567a"}) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> queries.providerReport(bad));
            assertEquals("rule_registry_code_invalid", refused.findings().forField(RiskQueries.REGISTRY_CODE).get(0)
                    .messageKey(), bad);
        }
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> queries.profileStatistics("NO_SUCH_PROFILE"));
        assertEquals("rule_code_unknown", refused.findings().forField(RiskQueries.RISK_PROFILE).get(0).messageKey());
    }

    private <T> T asPohjala(java.util.function.Supplier<T> question) {
        return asUser.call(People.POHJALA_STAFF, question);
    }

    static List<String> years(ClaimBreakdowns claims) {
        return claims.years().stream().map(y -> y.year() + ": " + y.claims() + " " + y.insuredEvents()).toList();
    }

    static List<String> statuses(ClaimBreakdowns claims) {
        return claims.byStatus().stream().map(r -> r.year() + " " + r.status() + " " + r.severity() + ": " + r.open() + " "
                + r.closed()).toList();
    }

    static List<String> damages(ClaimBreakdowns claims) {
        return claims.byDamage().stream().map(r -> row(r.year(), r.damageType(), r.incidentType(), r.severity())
                + figures(r.claims(), r.insuredEvents(), r.paid(), r.reserved())).toList();
    }

    static List<String> recoveries(ClaimBreakdowns claims) {
        return claims.byRecovery().stream().map(r -> row(r.year(), r.recoveryType(), r.incidentType(), r.severity())
                + figures(r.claims(), r.insuredEvents(), r.received(), r.outstanding())).toList();
    }

    private static String row(int year, String... codes) {
        return year + " " + String.join(" ", codes) + ": ";
    }

    private static String figures(long claims, long insured, BigDecimal first, BigDecimal second) {
        return Stream.of(String.valueOf(claims), String.valueOf(insured), plain(first), plain(second))
                .collect(Collectors.joining(" "));
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
