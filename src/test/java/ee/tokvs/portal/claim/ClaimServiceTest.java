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
    void aClaimIsDecidedOnTheBusinessDateOfTheFirstSubmissionThatSetItsStatusToInsuredOrNot() {
        ClaimForm submitted = claim(RegisterFixtures.unique("KN"), "III");
        submitted.status = "SUBMITTED";
        Claim claim = claims.create(submitted);
        assertEquals("null", decidedOn(claim));
        claim = changeStatus(claim, "INSURED_EVENT", "2025-06-20");
        assertEquals("2025-06-20", decidedOn(claim));
        // a later decision, even a different one, keeps the first date; a correction dated earlier moves it back
        claim = changeStatus(claim, "NOT_INSURED_EVENT", "2025-06-30");
        assertEquals("2025-06-20", decidedOn(claim));
        claim = changeStatus(claim, "SUBMITTED", "2025-07-01");
        claim = changeStatus(claim, "INSURED_EVENT", "2025-06-15");
        assertEquals("2025-06-15", decidedOn(claim));
        // the same date the audit trail gives (as V8 derived it), and the dashboards' summary carries it
        assertEquals(1, count("select count(*) from claim c where c.id = ? and c.decided_on = (select min(e.business_date)"
                + " from submission_event e, jsonb_array_elements(e.changes) ch where e.record_type = 'CLAIM'"
                + " and e.record_id = c.id and ch->>'field' = 'status'"
                + " and ch->>'after' in ('INSURED_EVENT', 'NOT_INSURED_EVENT'))", claim.id));
        assertEquals(1, count("select count(*) from dash_claim where id = ? and decided_on = '2025-06-15'", claim.id));

        // decided when created: dated by its receipt, the business date of its first submission
        Claim decided = claims.create(claim(RegisterFixtures.unique("KN"), "III"));
        assertEquals("2025-06-10", decidedOn(decided));
    }

    private Claim changeStatus(Claim claim, String status, String changeDate) {
        ClaimForm form = claim(claim.claimNumber, "III");
        form.status = status;
        form.lockVersion = String.valueOf(claim.lockVersion);
        form.changeDate = changeDate;
        form.confirmWarnings = true;
        return claims.change(claim.id, form);
    }

    private String decidedOn(Claim claim) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> {
            try (var statement = connection.prepareStatement("select coalesce(decided_on::text, 'null') from claim"
                    + " where id = ?")) {
                statement.setLong(1, claim.id);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
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
