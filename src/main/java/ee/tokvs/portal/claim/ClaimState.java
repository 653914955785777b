package ee.tokvs.portal.claim;

import java.time.LocalDate;

/**
 * A claim as a save judges it, in plain data: its core and money rows, its contract, its decision date and its
 * version (id null for a claim not yet stored). A form's save reads it from the entity, a file's rows from one
 * query per file; the same judgement ({@link ClaimService#judgeCreate} and its siblings) decides both, and only
 * the writing differs.
 */
public record ClaimState(Long id, int lockVersion, ClaimSnapshot snapshot, ClaimContract contract, LocalDate decidedOn) {

    public static ClaimState of(Claim claim) {
        return new ClaimState(claim.id, claim.lockVersion, claim.snapshot(), ClaimContract.of(claim.contract),
                claim.decidedOn);
    }

    public ClaimDraft core() {
        return snapshot.claim();
    }

    public boolean isStored() {
        return id != null;
    }

    /** How many of the claim's money rows of a kind are the same as this one. */
    public long countSame(ItemForm.Kind kind, ClaimSnapshot.Item item) {
        return snapshot.items(kind).stream().filter(item::sameAs).count();
    }

    /**
     * The claim with a new core, submitted with the given business date. The first submission that sets the status to
     * insured or not dates the decision; it stays when the status changes again, unless an earlier-dated one comes.
     */
    ClaimState withCore(ClaimDraft draft, ClaimContract contractOfDraft, LocalDate businessDate) {
        String status = core() == null ? null : core().status();
        LocalDate decided = decidedOn;
        if (ClaimRules.STATUSES_DECIDED.contains(draft.status()) && !draft.status().equals(status)
                && (decided == null || businessDate.isBefore(decided))) {
            decided = businessDate;
        }
        return new ClaimState(id, lockVersion, snapshot.withClaim(draft), contractOfDraft, decided);
    }

    /** The money row of a kind added last. */
    public ClaimSnapshot.Item lastItem(ItemForm.Kind kind) {
        var items = snapshot.items(kind);
        return items.get(items.size() - 1);
    }

    ClaimState withItem(ItemForm.Kind kind, ClaimSnapshot.Item item) {
        return new ClaimState(id, lockVersion, snapshot.with(kind, item), contract, decidedOn);
    }

    /** A claim not yet stored, before its first save. */
    static ClaimState none() {
        return new ClaimState(null, 0, ClaimSnapshot.of(null), null, null);
    }
}
