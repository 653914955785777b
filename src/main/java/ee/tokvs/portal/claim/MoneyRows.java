package ee.tokvs.portal.claim;

/**
 * A judged money row written through its entity, as a form's or a single API call's save writes it (a file's rows go
 * as sets, {@link ClaimSetWrite}): a payout, recovery, reserve or outstanding recovery, an original or a reversal
 * (V24), added to its claim's list so that the claim's page and totals see it at once.
 */
final class MoneyRows {

    private MoneyRows() {
    }

    static void persist(Claim claim, ItemForm.Kind kind, ClaimSnapshot.Item item) {
        MoneyRow row = switch (kind) {
            case PAYOUT -> {
                Payout payout = new Payout();
                payout.paidOn = item.date();
                payout.damageType = item.type();
                payout.generalReductionPct = item.generalReductionPct();
                payout.eventReductionPct = item.eventReductionPct();
                claim.payouts.add(payout);
                yield payout;
            }
            case RECOVERY -> {
                Recovery recovery = new Recovery();
                recovery.receivedOn = item.date();
                recovery.recoveryType = item.type();
                claim.recoveries.add(recovery);
                yield recovery;
            }
            case RESERVE -> {
                Reserve reserve = new Reserve();
                reserve.setOn = item.date();
                reserve.damageType = item.type();
                claim.reserves.add(reserve);
                yield reserve;
            }
            case OUTSTANDING_RECOVERY -> {
                OutstandingRecovery outstanding = new OutstandingRecovery();
                outstanding.setOn = item.date();
                outstanding.recoveryType = item.type();
                claim.outstandingRecoveries.add(outstanding);
                yield outstanding;
            }
        };
        row.claim = claim;
        row.amount = item.amount();
        row.reversesId = item.reverses();
        row.correctionReason = item.correctionReason();
        row.persist();
    }
}
