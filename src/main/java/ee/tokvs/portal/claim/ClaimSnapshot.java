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

    /** One money row: its date, its type (damage or recovery type), its amount, and work capacity for payouts. */
    public record Item(LocalDate date, String type, BigDecimal amount, BigDecimal generalReductionPct,
            BigDecimal eventReductionPct) {

        /** The same row: equal dates, types and amounts, whatever the amounts' number of decimals. */
        public boolean sameAs(Item other) {
            return java.util.Objects.equals(date, other.date) && java.util.Objects.equals(type, other.type)
                    && sameNumber(amount, other.amount) && sameNumber(generalReductionPct, other.generalReductionPct)
                    && sameNumber(eventReductionPct, other.eventReductionPct);
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

    private static List<Item> plus(List<Item> items, Item item) {
        List<Item> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
