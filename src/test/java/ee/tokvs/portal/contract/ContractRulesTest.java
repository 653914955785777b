package ee.tokvs.portal.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.rules.Findings;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ContractDraft VALID = new ContractDraft("PK-1", LocalDate.of(2026, 1, 2), "90000015",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("100000.00"), new BigDecimal("300000.00"));

    static ContractRules.Context conclusion() {
        return new ContractRules.Context(ChangeKind.CONCLUSION, null, false, true, TODAY);
    }

    static ContractDraft with(String code, LocalDate changeDate, LocalDate end, String perEvent, String aggregate) {
        return new ContractDraft("PK-1", changeDate, code, VALID.periodStart(), end, new BigDecimal(perEvent),
                new BigDecimal(aggregate));
    }

    @Test
    void aValidContractHasNoFindings() {
        assertTrue(ContractRules.check(VALID, conclusion()).isEmpty());
    }

    @Test
    void theContractNumberIsUniquePerInsurer() {
        var taken = new ContractRules.Context(ChangeKind.CONCLUSION, null, true, true, TODAY);
        assertTrue(ContractRules.check(VALID, taken).hasMessage("rule_contract_number_taken"));
    }

    @Test
    void thePolicyholderCodeNeedsItsCheckDigit() {
        Findings findings = ContractRules.check(with("90000016", VALID.changeDate(), VALID.periodEnd(), "1", "1"), conclusion());
        assertTrue(findings.hasErrors());
        assertTrue(findings.hasMessage("rule_registry_code_invalid"));
    }

    @Test
    void anUnregisteredPolicyholderIsOnlyAWarning() {
        var unknown = new ContractRules.Context(ChangeKind.CONCLUSION, null, false, false, TODAY);
        Findings findings = ContractRules.check(VALID, unknown);
        assertFalse(findings.hasErrors());
        assertTrue(findings.hasMessage("rule_policyholder_unknown"));
        assertFalse(findings.allowsSave(false));
        assertTrue(findings.allowsSave(true));
    }

    @Test
    void theChangeDateIsNotInTheFuture() {
        assertTrue(ContractRules.check(with("90000015", TODAY.plusDays(1), VALID.periodEnd(), "1", "1"), conclusion())
                .hasMessage("rule_date_in_future"));
        assertFalse(ContractRules.check(with("90000015", TODAY, VALID.periodEnd(), "1", "1"), conclusion())
                .hasMessage("rule_date_in_future"));
    }

    @Test
    void thePeriodCannotEndBeforeItStartsButMayBeOneDay() {
        assertTrue(ContractRules.check(with("90000015", VALID.changeDate(), VALID.periodStart().minusDays(1), "1", "1"),
                conclusion()).hasMessage("rule_period_end_before_start"));
        assertTrue(ContractRules.check(with("90000015", VALID.changeDate(), VALID.periodStart(), "1", "1"), conclusion())
                .isEmpty());
    }

    @Test
    void sumsArePositiveAndTheAggregateCoversOneEvent() {
        assertTrue(ContractRules.check(with("90000015", VALID.changeDate(), VALID.periodEnd(), "0", "1"), conclusion())
                .hasMessage("rule_amount_positive"));
        assertTrue(ContractRules.check(with("90000015", VALID.changeDate(), VALID.periodEnd(), "200", "199.99"), conclusion())
                .hasMessage("rule_aggregate_below_per_event"));
        assertTrue(ContractRules.check(with("90000015", VALID.changeDate(), VALID.periodEnd(), "200", "200"), conclusion())
                .isEmpty());
    }

    @Test
    void anExtensionMustMoveThePeriodEndLater() {
        var extension = new ContractRules.Context(ChangeKind.EXTENSION, VALID, false, true, TODAY);
        assertTrue(ContractRules.check(with("90000015", TODAY, VALID.periodEnd(), "100000", "300000"), extension)
                .hasMessage("rule_extension_must_extend"));
        assertTrue(ContractRules.check(with("90000015", TODAY, VALID.periodEnd().plusYears(1), "100000", "300000"), extension)
                .isEmpty());
    }

    @Test
    void aChangeCannotPrecedeThePreviousVersionNorChangeNothing() {
        var amendment = new ContractRules.Context(ChangeKind.AMENDMENT, VALID, false, true, TODAY);
        assertTrue(ContractRules.check(with("90000015", VALID.changeDate().minusDays(1), VALID.periodEnd(), "100000",
                "400000"), amendment).hasMessage("rule_change_before_previous"));
        assertTrue(ContractRules.check(with("90000015", TODAY, VALID.periodEnd(), "100000", "300000"), amendment)
                .hasMessage("rule_nothing_changed"));
        assertTrue(ContractRules.check(with("90000015", TODAY, VALID.periodEnd(), "100000", "400000"), amendment)
                .isEmpty());
    }
}
