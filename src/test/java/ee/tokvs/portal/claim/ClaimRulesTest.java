package ee.tokvs.portal.claim;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.testdata.ClaimBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ClaimContract PERIOD_2025 = new ClaimContract(1, "L-2025", LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31));

    static ClaimRules.Context context() {
        return new ClaimRules.Context((list, code) -> !code.equals("RETIRED"), (competence, specialty) ->
                competence.equals("PAEDIATRIC_ALLERGOLOGY") && specialty.equals("PAEDIATRICS"), PERIOD_2025, false, TODAY);
    }

    /** A claim under the contract of {@link #PERIOD_2025}, received and dated as the builder's defaults are. */
    static ClaimBuilder claim(String status, String type, String severity) {
        return aClaim().contract("PK-1").status(status).type(type).severity(severity);
    }

    static ClaimBuilder insured(String severity) {
        return aClaim().contract("PK-1").insured(severity);
    }

    static ClaimSnapshot.Item money(String type, String amount) {
        return aPayout().type(type).amount(amount).item();
    }

    static ClaimSnapshot.Item permanent(String general, String event) {
        return aPayout().type("PERMANENT_INCAPACITY").amount("1000").reductions(general, event).item();
    }

    static Findings check(ClaimSnapshot snapshot) {
        return ClaimRules.check(snapshot, context());
    }

    static Findings check(ClaimBuilder claim) {
        return check(of(claim));
    }

    static ClaimSnapshot of(ClaimBuilder claim) {
        return ClaimSnapshot.of(claim.draft());
    }

    static final LocalDate RECEIVED = ClaimBuilder.RECEIVED;

    @Test
    void aPlainSubmittedClaimHasNoFindings() {
        assertTrue(check(claim("SUBMITTED", "BEING_SPECIFIED", "PENDING")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"BEING_SPECIFIED", "OTHER"})
    void anInsuredEventNeedsARealIncidentType(String type) {
        Findings findings = check(claim("INSURED_EVENT", type, "II"));
        assertEquals("incidentType", findings.all().get(0).field());
        assertTrue(findings.hasMessage("rule_incident_type_not_for_insured_event"));
    }

    @ParameterizedTest
    @CsvSource({"BEING_SPECIFIED", "OTHER"})
    void aClaimThatIsNotAnInsuredEventMayKeepThem(String type) {
        assertTrue(check(claim("NOT_INSURED_EVENT", type, "II")).isEmpty());
    }

    @Test
    void payoutsArePositiveAndRecoveriesNegative() {
        ClaimSnapshot base = of(insured("III"));
        assertTrue(check(base.withPayout(money("TREATMENT_COSTS", "0"))).hasMessage("rule_payout_positive"));
        assertTrue(check(base.withPayout(money("TREATMENT_COSTS", "0.01"))).isEmpty());
        assertTrue(check(base.withRecovery(money("DEDUCTIBLE", "250"))).hasMessage("rule_recovery_negative"));
        assertTrue(check(base.withRecovery(money("DEDUCTIBLE", "0"))).hasMessage("rule_recovery_negative"));
        assertTrue(check(base.withRecovery(money("DEDUCTIBLE", "-250"))).isEmpty());
        assertTrue(check(base.withReserve(money("TREATMENT_COSTS", "-1"))).hasMessage("rule_estimate_not_negative"));
        assertTrue(check(base.withReserve(money("TREATMENT_COSTS", "0"))).isEmpty());
    }

    @ParameterizedTest(name = "severity {0}: {1} € is within the cap, {2} € is not")
    @CsvSource({"II, 500.00, 500.01", "III, 2000.00, 2000.01", "IV, 5000.00, 5000.01", "V, 15000.00, 15000.01",
            "VI, 30000.00, 30000.01"})
    void nonPecuniaryPayoutsStayWithinTheCapOfTheSeverity(String severity, String atCap, String overCap) {
        ClaimSnapshot base = of(insured(severity));
        assertTrue(check(base.withPayout(money("NON_PECUNIARY", atCap))).isEmpty());
        assertTrue(check(base.withPayout(money("NON_PECUNIARY", overCap))).hasMessage("rule_non_pecuniary_cap"));
    }

    @Test
    void theCapCountsAllNonPecuniaryPayoutsOfTheClaimButNoOthers() {
        ClaimSnapshot base = of(insured("II")).withPayout(money("NON_PECUNIARY", "300"))
                .withPayout(money("TREATMENT_COSTS", "9000"));
        assertTrue(check(base.withPayout(money("NON_PECUNIARY", "200"))).isEmpty());
        Finding finding = check(base.withPayout(money("NON_PECUNIARY", "200.01"))).all().get(0);
        assertEquals("rule_non_pecuniary_cap", finding.messageKey());
        assertEquals(new BigDecimal("500.01"), finding.args().get(2));
    }

    @Test
    void levelOneAndAnUnassessedSeverityGetNoNonPecuniaryCompensation() {
        assertTrue(check(of(insured("I")).withPayout(money("NON_PECUNIARY", "1")))
                .hasMessage("rule_non_pecuniary_not_for_level_one"));
        assertTrue(check(of(insured("PENDING")).withPayout(money("NON_PECUNIARY", "1")))
                .hasMessage("rule_non_pecuniary_needs_severity"));
        assertTrue(check(of(insured("I")).withPayout(money("TREATMENT_COSTS", "1"))).isEmpty());
    }

    @Test
    void theFinishedDateIsThereExactlyWhenHandlingIsFinishedAndNotBeforeReceipt() {
        assertTrue(check(insured("II").handling(true, null)).hasMessage("rule_finished_date_required"));
        assertTrue(check(insured("II").handling(false, RECEIVED.plusDays(5))).hasMessage("rule_finished_date_only_when_finished"));
        assertTrue(check(insured("II").finished(RECEIVED.minusDays(1))).hasMessage("rule_finished_before_received"));
        assertTrue(check(insured("II").finished(RECEIVED)).isEmpty());
    }

    @Test
    void theIncidentCannotFollowTheReceiptAndNoDateIsInTheFuture() {
        assertTrue(check(insured("II").incident(RECEIVED.plusDays(1))).hasMessage("rule_incident_after_received"));
        assertTrue(check(insured("II").incident(RECEIVED)).isEmpty());
        assertTrue(check(insured("II").received(TODAY.plusDays(1))).hasMessage("rule_date_in_future"));
        assertTrue(check(of(insured("II")).withPayout(aPayout().date(TODAY.plusDays(1)).amount("10").item()))
                .hasMessage("rule_date_in_future"));
    }

    @Test
    void anIncidentOutsideTheInsurancePeriodIsOnlyAWarning() {
        Findings findings = check(insured("II").incident(LocalDate.of(2024, 12, 31)));
        assertFalse(findings.hasErrors());
        assertTrue(findings.hasMessage("rule_incident_outside_period"));
        assertTrue(check(insured("II").incident(LocalDate.of(2025, 1, 1))).isEmpty());
    }

    @Test
    void theContractMustBeOneOfTheInsurersOwnAndTheNumberNew() {
        var noContract = new ClaimRules.Context((l, c) -> true, (a, b) -> true, null, false, TODAY);
        assertTrue(ClaimRules.check(of(insured("II")), noContract).hasMessage("rule_contract_not_found"));
        var taken = new ClaimRules.Context((l, c) -> true, (a, b) -> true, PERIOD_2025, true, TODAY);
        assertTrue(ClaimRules.check(of(insured("II")), taken).hasMessage("rule_claim_number_taken"));
    }

    @Test
    void codesMustBeInTheirListsAndCompetencesUnderTheirSpecialty() {
        assertTrue(check(claim("SUBMITTED", "RETIRED", "II")).hasMessage("rule_code_unknown"));
        assertTrue(check(insured("II").specialty("SURGERY").competence("PAEDIATRIC_ALLERGOLOGY"))
                .hasMessage("rule_competence_not_of_specialty"));
        assertTrue(check(insured("II").competence("PAEDIATRIC_ALLERGOLOGY")).hasMessage("rule_competence_needs_specialty"));
        assertTrue(check(insured("II").specialty("PAEDIATRICS").competence("PAEDIATRIC_ALLERGOLOGY")).isEmpty());
    }

    @Test
    void workCapacityUnderFortyPercentIsNotCompensated() {
        ClaimSnapshot base = of(insured("IV"));
        assertTrue(check(base.withPayout(permanent("39.99", "20"))).hasMessage("rule_work_capacity_below_threshold"));
        assertTrue(check(base.withPayout(permanent("40", "40"))).isEmpty());
        assertTrue(check(base.withPayout(permanent("100", "60"))).isEmpty());
    }

    @Test
    void theReductionFromTheEventCannotExceedTheGeneralOneAndBothAreNeeded() {
        ClaimSnapshot base = of(insured("IV"));
        assertTrue(check(base.withPayout(permanent("50", "50.01"))).hasMessage("rule_work_capacity_event_above_general"));
        assertTrue(check(base.withPayout(permanent("50", null))).hasMessage("rule_work_capacity_both"));
        assertTrue(check(base.withPayout(aPayout().amount("10").reductions("50", "10").item()))
                .hasMessage("rule_work_capacity_only_permanent"));
    }

    @Test
    void payoutsOnAClaimThatIsNotAnInsuredEventAreQuestioned() {
        Findings findings = check(of(claim("NOT_INSURED_EVENT", "OTHER", "II"))
                .withPayout(money("TREATMENT_COSTS", "10")));
        assertFalse(findings.hasErrors());
        assertTrue(findings.hasMessage("rule_payout_not_insured_event"));
    }
}
