package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.Change;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole claim as the rules see it: its core and all its money rows, with any new row already in place,
 * so that a rule over the whole claim (the non-pecuniary cap) sees what would be saved.
 */
public record ClaimSnapshot(ClaimDraft claim, List<Item> payouts, List<Item> recoveries, List<Item> reserves,
        List<Item> outstandingRecoveries) {

    /**
     * One money row: its date, its type (damage or recovery type), its amount, work capacity for payouts; stored, its
     * id. A reversal (V24) is a correction: the row it reverses ({@code reverses}, the original's id) with the opposite
     * amount, and the reason; an original has neither.
     */
    public record Item(LocalDate date, String type, BigDecimal amount, BigDecimal generalReductionPct,
            BigDecimal eventReductionPct, Long id, Long reverses, String correctionReason) {

        /** An original row not yet stored. */
        public Item(LocalDate date, String type, BigDecimal amount, BigDecimal generalReductionPct,
                BigDecimal eventReductionPct) {
            this(date, type, amount, generalReductionPct, eventReductionPct, null, null, null);
        }

        public boolean isReversal() {
            return correctionReason != null;
        }

        /** The reversal of this stored original: its date and type, the opposite amount, and why. */
        public Item reversal(String reason) {
            return new Item(date, type, amount.negate(), null, null, null, id, reason);
        }

        /** The same row: equal dates, types and amounts, whatever the amounts' number of decimals. */
        public boolean sameAs(Item other) {
            return java.util.Objects.equals(date, other.date) && java.util.Objects.equals(type, other.type)
                    && sameNumber(amount, other.amount) && sameNumber(generalReductionPct, other.generalReductionPct)
                    && sameNumber(eventReductionPct, other.eventReductionPct) && isReversal() == other.isReversal();
        }

        /** The submission event's change list for this row added to a claim. */
        public List<Change> changes() {
            List<Change> changes = new ArrayList<>();
            changes.add(Change.of("itemDate", null, date));
            changes.add(Change.of("itemType", null, type));
            changes.add(Change.of("itemAmount", null, amount));
            if (generalReductionPct != null) {
                changes.add(Change.of(ClaimRules.GENERAL_PCT, null, generalReductionPct));
                changes.add(Change.of(ClaimRules.EVENT_PCT, null, eventReductionPct));
            }
            if (isReversal()) {
                changes.add(Change.of(ClaimRules.CORRECTION_REASON, null, correctionReason));
            }
            return changes;
        }

        private static boolean sameNumber(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    public static ClaimSnapshot of(ClaimDraft claim) {
        return new ClaimSnapshot(claim, List.of(), List.of(), List.of(), List.of());
    }

    public ClaimSnapshot withClaim(ClaimDraft changed) {
        return new ClaimSnapshot(changed, payouts, recoveries, reserves, outstandingRecoveries);
    }

    public ClaimSnapshot withPayout(Item item) {
        return new ClaimSnapshot(claim, plus(payouts, item), recoveries, reserves, outstandingRecoveries);
    }

    public ClaimSnapshot withRecovery(Item item) {
        return new ClaimSnapshot(claim, payouts, plus(recoveries, item), reserves, outstandingRecoveries);
    }

    public ClaimSnapshot withReserve(Item item) {
        return new ClaimSnapshot(claim, payouts, recoveries, plus(reserves, item), outstandingRecoveries);
    }

    public ClaimSnapshot withOutstandingRecovery(Item item) {
        return new ClaimSnapshot(claim, payouts, recoveries, reserves, plus(outstandingRecoveries, item));
    }

    /** The claim with one more money row of the given kind. */
    public ClaimSnapshot with(ItemForm.Kind kind, Item item) {
        return switch (kind) {
            case PAYOUT -> withPayout(item);
            case RECOVERY -> withRecovery(item);
            case RESERVE -> withReserve(item);
            case OUTSTANDING_RECOVERY -> withOutstandingRecovery(item);
        };
    }

    /** The money rows of one kind. */
    public List<Item> items(ItemForm.Kind kind) {
        return switch (kind) {
            case PAYOUT -> payouts;
            case RECOVERY -> recoveries;
            case RESERVE -> reserves;
            case OUTSTANDING_RECOVERY -> outstandingRecoveries;
        };
    }

    /** The stored original of a kind with this id; null if the claim has none. */
    public Item original(ItemForm.Kind kind, long id) {
        return items(kind).stream().filter(i -> !i.isReversal() && i.id() != null && i.id() == id).findFirst()
                .orElse(null);
    }

    /** Whether the claim has a reversal of this original. */
    public boolean isReversed(ItemForm.Kind kind, Item original) {
        return original.id() != null && items(kind).stream().anyMatch(i -> original.id().equals(i.reverses()));
    }

    /** The originals of a kind that stand: not reversed. */
    public List<Item> standing(ItemForm.Kind kind) {
        return items(kind).stream().filter(i -> !i.isReversal() && !isReversed(kind, i)).toList();
    }

    /**
     * The stored original a reversal sent as data names (a file's row, an API call): of the same date and type and the
     * opposite amount, the first not yet reversed, else the first reversed already; null if there is none.
     */
    public Item reversibleLike(ItemForm.Kind kind, Item reversal) {
        List<Item> like = items(kind).stream().filter(i -> !i.isReversal() && i.id() != null
                && i.date().equals(reversal.date()) && i.type().equals(reversal.type())
                && i.amount().compareTo(reversal.amount().negate()) == 0).toList();
        return like.stream().filter(i -> !isReversed(kind, i)).findFirst()
                .orElse(like.isEmpty() ? null : like.get(0));
    }

    private static List<Item> plus(List<Item> items, Item item) {
        List<Item> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
