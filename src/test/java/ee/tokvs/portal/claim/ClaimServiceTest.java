package ee.tokvs.portal.claim;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.MoneyRowBuilder;
import ee.tokvs.portal.testdata.Register;
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

    @Inject
    Register register;

    String contractNumber;

    @BeforeEach
    void aContract() {
        contractNumber = register.contract(DemoData.POHJALA).number();
    }

    /** An insured event of this severity under the test's contract. */
    ClaimBuilder claim(String severity) {
        return aClaim().contract(contractNumber).insured(severity);
    }

    /** The money row as the claim's page showed it. */
    static ItemForm item(Claim claim, MoneyRowBuilder row) {
        return row.lockVersion(claim.lockVersion).form();
    }

    long count(String sql, Object... params) {
        return fixtures.count(DemoData.POHJALA, sql, params);
    }

    @Test
    void aNewClaimAndEachMoneyRowAreSubmissionEventsWithTheirOwnBusinessDates() {
        Claim claim = claims.create(claim("III").form());
        claim = claims.addItem(claim.id, ItemForm.Kind.PAYOUT, item(claim, aPayout().date("2025-07-04").amount("100")));
        claims.addItem(claim.id, ItemForm.Kind.RESERVE, item(claim, aReserve().date("2025-07-05").amount("900")));

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
        Claim claim = claims.create(claim("III").status("SUBMITTED").form());
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
        Claim decided = claims.create(claim("III").form());
        assertEquals("2025-06-10", decidedOn(decided));
    }

    private Claim changeStatus(Claim claim, String status, String changeDate) {
        return claims.change(claim.id, claim("III").number(claim.claimNumber).status(status)
                .lockVersion(claim.lockVersion).changeDate(changeDate).confirmingWarnings().form());
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
        Claim claim = claims.create(claim("II").form());
        claim = claims.addItem(claim.id, ItemForm.Kind.PAYOUT, item(claim, aPayout().type("NON_PECUNIARY").amount("400")));
        Claim current = claim;
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> claims.addItem(current.id,
                ItemForm.Kind.PAYOUT, item(current, aPayout().date("2025-07-02").type("NON_PECUNIARY").amount("100.01"))));
        assertTrue(refused.findings().hasMessage("rule_non_pecuniary_cap"));
        assertEquals(1, count("select count(*) from payout where claim_id = ?", claim.id));
        assertEquals(1, count("select count(*) from submission_event where record_id = ? and action = 'PAYOUT_ADDED'", claim.id));
    }

    @Test
    void aRowAddedFromAStalePageIsAConflict() {
        Claim claim = claims.create(claim("III").form());
        ItemForm stale = item(claim, aPayout().date("2025-07-02").amount("5"));
        claims.addItem(claim.id, ItemForm.Kind.PAYOUT, item(claim, aPayout().amount("10")));
        assertThrows(ConflictException.class, () -> claims.addItem(claim.id, ItemForm.Kind.PAYOUT, stale));
        assertEquals(1, count("select count(*) from payout where claim_id = ?", claim.id));
    }

    @Test
    void aClaimUnderAnotherInsurersContractIsRefused() {
        String theirs = register.contract(DemoData.LAANEMERE).number();
        ClaimBuilder claim = claim("II").contract(theirs);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> claims.create(claim.form()));
        assertTrue(refused.findings().hasMessage("rule_contract_not_found"));
        assertEquals(0, count("select count(*) from claim where claim_number = ?", claim.number()));
    }
}
