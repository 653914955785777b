package ee.tokvs.portal.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.rules.Findings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The builder's contract: a registered policyholder insured for a year, for 100,000 per event, 300,000 in all. */
    static final ContractDraft VALID = aContract().draft();

    static ContractRules.Context conclusion() {
        return new ContractRules.Context(ChangeKind.CONCLUSION, null, false, true, TODAY);
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
        Findings findings = ContractRules.check(aContract().policyholder("90000016").sums("1", "1").draft(), conclusion());
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
        assertTrue(ContractRules.check(aContract().changeDate(TODAY.plusDays(1)).sums("1", "1").draft(), conclusion())
                .hasMessage("rule_date_in_future"));
        assertFalse(ContractRules.check(aContract().changeDate(TODAY).sums("1", "1").draft(), conclusion())
                .hasMessage("rule_date_in_future"));
    }

    @Test
    void thePeriodCannotEndBeforeItStartsButMayBeOneDay() {
        assertTrue(ContractRules.check(aContract().periodEnd(VALID.periodStart().minusDays(1)).sums("1", "1").draft(),
                conclusion()).hasMessage("rule_period_end_before_start"));
        assertTrue(ContractRules.check(aContract().periodEnd(VALID.periodStart()).sums("1", "1").draft(), conclusion())
                .isEmpty());
    }

    @Test
    void sumsArePositiveAndTheAggregateCoversOneEvent() {
        assertTrue(ContractRules.check(aContract().sums("0", "1").draft(), conclusion()).hasMessage("rule_amount_positive"));
        assertTrue(ContractRules.check(aContract().sums("200", "199.99").draft(), conclusion())
                .hasMessage("rule_aggregate_below_per_event"));
        assertTrue(ContractRules.check(aContract().sums("200", "200").draft(), conclusion()).isEmpty());
    }

    @Test
    void anExtensionMustMoveThePeriodEndLater() {
        var extension = new ContractRules.Context(ChangeKind.EXTENSION, VALID, false, true, TODAY);
        assertTrue(ContractRules.check(aContract().changeDate(TODAY).draft(), extension)
                .hasMessage("rule_extension_must_extend"));
        assertTrue(ContractRules.check(aContract().changeDate(TODAY).periodEnd(VALID.periodEnd().plusYears(1)).draft(),
                extension).isEmpty());
    }

    @Test
    void aChangeCannotPrecedeThePreviousVersionNorChangeNothing() {
        var amendment = new ContractRules.Context(ChangeKind.AMENDMENT, VALID, false, true, TODAY);
        assertTrue(ContractRules.check(aContract().changeDate(VALID.changeDate().minusDays(1)).sums("100000", "400000")
                .draft(), amendment).hasMessage("rule_change_before_previous"));
        assertTrue(ContractRules.check(aContract().changeDate(TODAY).draft(), amendment).hasMessage("rule_nothing_changed"));
        assertTrue(ContractRules.check(aContract().changeDate(TODAY).sums("100000", "400000").draft(), amendment)
                .isEmpty());
    }
}
