package ee.tokvs.portal.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ActingAsPohjalaStaff
class ClaimServiceTest {

    @Inject
    ClaimService claims;

    @Inject
    RegisterFixtures fixtures;

    String contractNumber;

    @BeforeEach
    void aContract() {
        contractNumber = RegisterFixtures.unique("PK");
        fixtures.contract(DemoData.POHJALA, contractNumber, DemoData.PROVIDER_LARGE_HOSPITAL);
    }

    ClaimForm claim(String number, String severity) {
        ClaimForm form = new ClaimForm();
        form.claimNumber = number;
        form.contractNumber = contractNumber;
        form.receivedDate = "2025-06-10";
        form.incidentNumber = "INC-" + number;
        form.incidentDate = "2025-05-01";
        form.status = "INSURED_EVENT";
        form.incidentType = "INFECTION";
        form.severity = severity;
        return form;
    }

    ItemForm item(Claim claim, String date, String type, String amount) {
        ItemForm form = new ItemForm();
        form.date = date;
        form.type = type;
        form.amount = amount;
        form.lockVersion = String.valueOf(claim.lockVersion);
        return form;
    }

    long count(String sql, Object... params) {
        return fixtures.count(DemoData.POHJALA, sql, params);
    }

    @Test
    void aNewClaimAndEachMoneyRowAreSubmissionEventsWithTheirOwnBusinessDates() {
        Claim claim = claims.create(claim(RegisterFixtures.unique("KN"), "III"));
        claim = claims.addItem(claim.id, ItemForm.Kind.PAYOUT, item(claim, "2025-07-04", "TREATMENT_COSTS", "100"));
        claims.addItem(claim.id, ItemForm.Kind.RESERVE, item(claim, "2025-07-05", "TREATMENT_COSTS", "900"));

        assertEquals(1, count("select count(*) from submission_event where record_id = ? and action = 'CLAIM_CREATED'"
                + " and business_date = '2025-06-10' and deadline = '2025-06-11'", claim.id));
        assertEquals(1, count("select count(*) from submission_event where record_id = ? and action = 'PAYOUT_ADDED'"
                + " and business_date = '2025-07-04' and deadline = '2025-07-07'", claim.id));
        assertEquals(1, count("select count(*) from submission_event where record_id = ? and action = 'RESERVE_SET'"
                + " and business_date = '2025-07-05'", claim.id));
        assertEquals(1, count("select count(*) from payout where claim_id = ? and amount = 100.00", claim.id));
    }

    @Test
    void aPayoutBeyondTheNonPecuniaryCapIsRefusedAndNothingIsWritten() {
        Claim claim = claims.create(claim(RegisterFixtures.unique("KN"), "II"));
        claim = claims.addItem(claim.id, ItemForm.Kind.PAYOUT, item(claim, "2025-07-01", "NON_PECUNIARY", "400"));
        Claim current = claim;
        RuleViolationException refused = assertThrows(RuleViolationException.class, () ->
                claims.addItem(current.id, ItemForm.Kind.PAYOUT, item(current, "2025-07-02", "NON_PECUNIARY", "100.01")));
        assertTrue(refused.findings().hasMessage("rule_non_pecuniary_cap"));
        assertEquals(1, count("select count(*) from payout where claim_id = ?", claim.id));
        assertEquals(1, count("select count(*) from submission_event where record_id = ? and action = 'PAYOUT_ADDED'", claim.id));
    }

    @Test
    void aRowAddedFromAStalePageIsAConflict() {
        Claim claim = claims.create(claim(RegisterFixtures.unique("KN"), "III"));
        ItemForm stale = item(claim, "2025-07-02", "TREATMENT_COSTS", "5");
        claims.addItem(claim.id, ItemForm.Kind.PAYOUT, item(claim, "2025-07-01", "TREATMENT_COSTS", "10"));
        assertThrows(ConflictException.class, () -> claims.addItem(claim.id, ItemForm.Kind.PAYOUT, stale));
        assertEquals(1, count("select count(*) from payout where claim_id = ?", claim.id));
    }

    @Test
    void aClaimUnderAnotherInsurersContractIsRefused() {
        String theirs = RegisterFixtures.unique("THEIRS");
        fixtures.contract(DemoData.LAANEMERE, theirs, DemoData.PROVIDER_FAMILY);
        ClaimForm form = claim(RegisterFixtures.unique("KN"), "II");
        form.contractNumber = theirs;
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> claims.create(form));
        assertTrue(refused.findings().hasMessage("rule_contract_not_found"));
        assertEquals(0, count("select count(*) from claim where claim_number = ?", form.claimNumber));
    }
}
