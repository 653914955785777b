package ee.tokvs.portal.claim;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.MoneyRowBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections of money rows (issue #18 part 4): a reversal linked to its original, with the opposite amount and a
 * reason, and optionally the right row; both submitted as changes on the day of the correction; the sign rules for
 * originals only; totals, caps and the dashboards' summaries net; nothing deleted.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ClaimCorrectionTest {

    @Inject
    ClaimService claims;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Inject
    Clock clock;

    String contractNumber;

    @BeforeEach
    void aContract() {
        contractNumber = register.contract(DemoData.POHJALA).number();
    }

    ClaimBuilder claim(String severity) {
        return aClaim().contract(contractNumber).insured(severity);
    }

    Claim add(Claim claim, MoneyRowBuilder row) {
        return claims.addItem(claim.id, row.kind(), row.lockVersion(claim.lockVersion).form());
    }

    /** The correction as the correction page sends it: the reason, and the right row if any. */
    Claim correct(Claim claim, ItemForm.Kind kind, long originalId, String reason, MoneyRowBuilder right) {
        ItemForm form = right == null ? new ItemForm() : right.form();
        form.correctionReason = reason;
        form.lockVersion = String.valueOf(claim.lockVersion);
        return claims.correct(claim.id, kind, originalId, form);
    }

    /** The claim's totals as its page computes them now, from a session of their own. */
    ClaimTotals totals(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimTotals.of(claims.get(claim.id)));
    }

    long count(String sql, Object... params) {
        return fixtures.count(DemoData.POHJALA, sql, params);
    }

    List<String[]> rows(String sql, Object... params) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> DatabaseSessions.strings(connection, sql, params));
    }

    long firstPayout(Claim claim) {
        return Long.parseLong(rows("select min(id) from payout where claim_id = ?", claim.id).get(0)[0]);
    }

    @Test
    void aMistypedPayoutIsReversedAndReplacedAndBothAreChangesSubmittedTodayWithNothingDeleted() {
        Claim claim = claims.create(claim("III").form());
        claim = add(claim, aPayout().date("2025-07-04").type("NON_PECUNIARY").amount("1200"));
        long original = firstPayout(claim);

        claim = correct(claim, ItemForm.Kind.PAYOUT, original, "amount mistyped",
                aPayout().date("2025-07-04").type("NON_PECUNIARY").amount("120"));

        // the original stays; its reversal names it, with the opposite amount, its date and type and the reason
        assertEquals(List.of("1200.00|null|null", "-1200.00|" + original + "|amount mistyped", "120.00|null|null"),
                rows("select amount, coalesce(reverses_id::text, 'null'), coalesce(correction_reason, 'null')"
                        + " from payout where claim_id = ? order by id", claim.id).stream()
                        .map(r -> String.join("|", r)).toList());
        assertEquals(2, count("select count(*) from payout where claim_id = ? and paid_on = '2025-07-04'"
                + " and damage_type = 'NON_PECUNIARY' and reverses_id is null", claim.id));
        // both corrections are submissions of today, with today's deadline rule; the added one is the replacement
        String today = Clocks.today(clock).toString();
        assertEquals(List.of("PAYOUT_ADDED|2025-07-04", "PAYOUT_REVERSED|" + today, "PAYOUT_ADDED|" + today),
                rows("select action, business_date from submission_event where record_type = 'CLAIM'"
                        + " and record_id = ? and action like 'PAYOUT%' order by id", claim.id).stream()
                        .map(r -> String.join("|", r)).toList());
        assertEquals(1, count("select count(*) from submission_event where record_id = ? and action = 'PAYOUT_REVERSED'"
                + " and changes @> '[{\"field\": \"correctionReason\", \"after\": \"amount mistyped\"}]'"
                + " and changes @> '[{\"field\": \"itemAmount\", \"after\": \"-1200.00\"}]'", claim.id));

        // the totals and the dashboards' summary count the net amount
        assertEquals(new BigDecimal("120.00"), totals(claim).paid());
        assertEquals(1, count("select count(*) from dash_claim_money where claim_id = ? and measure = 'PAID'"
                + " and type = 'NON_PECUNIARY' and amount = 120.00", claim.id));
    }

    @Test
    void theCapCountsNetAmountsAndTheSignRulesHoldForOriginalsOnly() {
        Claim claim = claims.create(claim("II").form());
        claim = add(claim, aPayout().type("NON_PECUNIARY").amount("500"));
        Claim full = claim;
        // the cap of severity II (500 €) is reached: one more euro is refused …
        assertThrows(RuleViolationException.class, () -> add(full, aPayout().type("NON_PECUNIARY").amount("1")));
        // … but once the 500 is reversed, 400 fits: the cap sums payouts net of their reversals
        claim = correct(claim, ItemForm.Kind.PAYOUT, firstPayout(claim), "paid twice by mistake",
                aPayout().type("NON_PECUNIARY").amount("400"));
        assertEquals(new BigDecimal("400.00"), totals(claim).paid());

        // a correction without its reason is refused for the reason alone: its right row is judged as if the row
        // it replaces were gone, so the cap is not said to be broken
        Claim withoutReason = claim;
        long right = Long.parseLong(rows("select max(id) from payout where claim_id = ? and reverses_id is null",
                claim.id).get(0)[0]);
        RuleViolationException noReason = assertThrows(RuleViolationException.class, () -> correct(withoutReason,
                ItemForm.Kind.PAYOUT, right, "", aPayout().type("NON_PECUNIARY").amount("450")));
        assertEquals(List.of("rule_required"), keys(noReason));

        // a negative payout sent without a reason is no correction: the sign rule refuses it
        Claim current = claim;
        RuleViolationException negative = assertThrows(RuleViolationException.class,
                () -> add(current, aPayout().type("NON_PECUNIARY").amount("-400")));
        assertEquals(List.of("rule_payout_positive"), keys(negative));
        // sent with a reason it is a reversal of the stored 400, found by its date, type and opposite amount
        claim = add(claim, aPayout().type("NON_PECUNIARY").amount("-400").correcting("duplicate"));
        assertEquals(new BigDecimal("0.00"), totals(claim).paid());
        // a claim whose payouts net to nothing has no paid summary row
        assertEquals(0, count("select count(*) from dash_claim_money where claim_id = ? and measure = 'PAID'", claim.id));
    }

    @Test
    void anEntryIsReversedOnceAndOnlyAStoredOriginalCanBe() {
        Claim claim = claims.create(claim("III").form());
        claim = add(claim, aRecovery().amount("-250"));
        long recovery = Long.parseLong(rows("select id from recovery where claim_id = ?", claim.id).get(0)[0]);
        claim = correct(claim, ItemForm.Kind.RECOVERY, recovery, "not received", null);
        assertEquals(new BigDecimal("0.00"), totals(claim).recovered());

        Claim reversed = claim;
        RuleViolationException twice = assertThrows(RuleViolationException.class,
                () -> correct(reversed, ItemForm.Kind.RECOVERY, recovery, "again", null));
        assertEquals(List.of("rule_reversal_twice"), keys(twice));
        RuleViolationException noReason = assertThrows(RuleViolationException.class,
                () -> correct(reversed, ItemForm.Kind.RECOVERY, recovery, " ", null));
        assertTrue(keys(noReason).contains("rule_required"), keys(noReason).toString());
        // sent as data, a reversal must describe a stored original: date, type and opposite amount
        RuleViolationException none = assertThrows(RuleViolationException.class,
                () -> add(reversed, aRecovery().amount("999").correcting("no such recovery")));
        assertEquals(List.of("rule_reversal_no_original"), keys(none));
        assertEquals(2, count("select count(*) from recovery where claim_id = ?", claim.id));
    }

    @Test
    void aReversedReserveIsNoEstimateTheOneBeforeItStandsAgain() {
        Claim claim = claims.create(claim("III").form());
        claim = add(claim, aReserve().date("2025-07-01").amount("1000"));
        claim = add(claim, aReserve().date("2025-07-02").amount("20000"));
        long typo = Long.parseLong(rows("select max(id) from reserve where claim_id = ?", claim.id).get(0)[0]);

        claim = correct(claim, ItemForm.Kind.RESERVE, typo, "one zero too many", null);
        assertEquals(new BigDecimal("1000.00"), totals(claim).reserved());
        assertEquals(1, count("select count(*) from dash_claim_money where claim_id = ? and measure = 'RESERVED'"
                + " and amount = 1000.00", claim.id));

        long first = Long.parseLong(rows("select min(id) from reserve where claim_id = ?", claim.id).get(0)[0]);
        claim = correct(claim, ItemForm.Kind.RESERVE, first, "no reserve was set", null);
        assertEquals(new BigDecimal("0.00"), totals(claim).reserved());
        // with every reserve reversed the claim has none: it is open without a reserve again
        assertEquals(1, count("select count(*) from dash_claim where id = ? and not has_reserve", claim.id));
        assertEquals(0, count("select count(*) from dash_claim_money where claim_id = ? and measure = 'RESERVED'",
                claim.id));
    }

    @Test
    void theDatabaseRefusesAReversalThatIsNotItsOriginalTurnedRound() {
        Claim claim = add(claims.create(claim("III").form()), aPayout().date("2025-07-04").type("NON_PECUNIARY")
                .amount("300"));
        long original = firstPayout(claim);
        String insert = "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount, reverses_id,"
                + " correction_reason) values (tokvs_insurer(), ?, ?::date, ?, ?, ?, 'wrong')";
        for (Object[] wrong : List.of(new Object[] {"2025-07-04", "NON_PECUNIARY", new BigDecimal("-299"), original},
                new Object[] {"2025-07-05", "NON_PECUNIARY", new BigDecimal("-300"), original},
                new Object[] {"2025-07-04", "NON_PECUNIARY", new BigDecimal("-300"), original + 1_000_000})) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> fixtures.update(
                    DemoData.POHJALA, insert, claim.id, wrong[0], wrong[1], wrong[2], wrong[3]),
                    () -> "stored: " + List.of(wrong));
            String state = ((SQLException) refused.getCause()).getSQLState();
            assertTrue(List.of("23503", "23514").contains(state), state);
        }
        assertEquals(0, count("select count(*) from payout where claim_id = ? and reverses_id is not null", claim.id));
    }

    static List<String> keys(RuleViolationException refused) {
        return refused.findings().all().stream().filter(Finding::isError).map(Finding::messageKey).toList();
    }
}
