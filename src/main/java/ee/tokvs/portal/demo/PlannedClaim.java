package ee.tokvs.portal.demo;

import ee.tokvs.portal.claim.ClaimDraft;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ClaimSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A claim to be written, with its money rows; the id comes when it is written. */
final class PlannedClaim {

    /** A money row in cents; work capacity percentages only on some permanent-incapacity payouts. */
    record Item(LocalDate date, String type, long cents, Integer generalPct, Integer eventPct) {

        Item(LocalDate date, String type, long cents) {
            this(date, type, cents, null, null);
        }

        BigDecimal amount() {
            return BigDecimal.valueOf(cents, 2);
        }

        /** The row as the money forms would have read it, so its change list is the register's own. */
        ClaimSnapshot.Item snapshot() {
            return new ClaimSnapshot.Item(date, type, amount(), percent(generalPct), percent(eventPct));
        }

        static BigDecimal percent(Integer pct) {
            return pct == null ? null : BigDecimal.valueOf(pct * 100L, 2);
        }
    }

    String number;
    PlannedContract contract;
    LocalDate received;
    LocalDate incident;
    String incidentNumber;
    String status;
    String incidentType;
    String severity;
    String specialty;
    String competence;
    /** When the insurer decided whether it is an insured event (null while submitted). */
    LocalDate decided;
    LocalDate finished;
    final List<Item> payouts = new ArrayList<>(4);
    final List<Item> recoveries = new ArrayList<>(0);
    final List<Item> reserves = new ArrayList<>(0);
    final List<Item> outstanding = new ArrayList<>(0);

    /** The claim's decision date as ClaimService records it: the decision's own change, else its receipt. */
    LocalDate decidedOn() {
        if (!ClaimRules.STATUSES_DECIDED.contains(status)) {
            return null;
        }
        return decided != null && decided.isAfter(received) ? decided : received;
    }

    /** The claim's core with the given status and end of handling, as the claim form would have read it. */
    ClaimDraft draft(String withStatus, LocalDate finishedOn) {
        return new ClaimDraft(number, contract.number, received, incidentNumber, incident, withStatus, incidentType,
                severity, specialty, competence, finishedOn != null, finishedOn);
    }
}
