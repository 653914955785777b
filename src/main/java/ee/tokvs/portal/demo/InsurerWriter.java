package ee.tokvs.portal.demo;

import static ee.tokvs.portal.claim.ClaimRules.STATUS_SUBMITTED;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ClaimDraft;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.contract.ContractDraft;
import ee.tokvs.portal.demo.PlannedClaim.Item;
import ee.tokvs.portal.demo.PlannedContract.Version;
import ee.tokvs.portal.shared.db.CopyRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one insurer's planned contracts and claims through {@link Staging}, each row with the submission
 * events the portal would have recorded for it (same actions, same change lists), and counts what it wrote.
 */
final class InsurerWriter {

    private final Staging staging;
    private final DemoInsurer insurer;
    /** The submission events written so far, and how many of them late. */
    final SubmissionEvents events;
    long versions;
    long claims;
    long payouts;
    long recoveries;
    long reserves;
    long outstanding;

    InsurerWriter(Connection connection, DemoInsurer insurer, WorkCalendar calendar, SplittableRandom eventRandom)
            throws SQLException {
        this.staging = new Staging(connection);
        this.insurer = insurer;
        this.events = new SubmissionEvents(insurer, calendar, eventRandom);
    }

    void writeContracts(List<PlannedContract> contracts) throws SQLException {
        if (contracts.isEmpty()) {
            return;
        }
        CopyRows rows = CopyRows.gathering();
        for (PlannedContract c : contracts) {
            rows.row(insurer.code(), c.number);
        }
        Map<String, Long> ids = staging.insertReturningIds("contract", "insurer_code, contract_number", "contract_number", rows);
        CopyRows versionRows = CopyRows.gathering();
        for (PlannedContract c : contracts) {
            c.id = ids.get(c.number);
            ContractDraft previous = null;
            for (Version v : c.second == null ? List.of(c.first) : List.of(c.first, c.second)) {
                versionRows.row(c.id, insurer.code(), v.no(), v.kind(), v.changeDate(), c.provider.code(), v.start(), v.end(),
                        v.sumPerEvent(), v.sumAggregate());
                ContractDraft draft = c.draft(v);
                events.add(RecordType.CONTRACT, c.id, c.number, v.kind().action(), v.changeDate(), draft.changesFrom(previous));
                previous = draft;
            }
        }
        staging.insert("contract_version", "contract_id, insurer_code, version_no, change_kind, change_date,"
                + " policyholder_code, period_start, period_end, sum_per_event, sum_aggregate", versionRows);
        events.flush(staging);
        versions += versionRows.rows();
    }

    /** Writes a chunk of claims and everything under them. */
    void writeClaims(List<PlannedClaim> chunk) throws SQLException {
        CopyRows claimRows = CopyRows.gathering();
        for (PlannedClaim c : chunk) {
            claimRows.row(insurer.code(), c.number, c.contract.id, c.received, c.incidentNumber, c.incident, c.status,
                    c.incidentType, c.severity, c.specialty, c.competence, c.finished != null, c.finished, c.decidedOn());
        }
        Map<String, Long> ids = staging.insertReturningIds("claim", "insurer_code, claim_number, contract_id, received_date,"
                + " incident_number, incident_date, status, incident_type, severity, specialty, additional_competence,"
                + " handling_finished, finished_date, decided_on", "claim_number", claimRows);

        CopyRows payoutRows = CopyRows.gathering();
        CopyRows recoveryRows = CopyRows.gathering();
        CopyRows reserveRows = CopyRows.gathering();
        CopyRows outstandingRows = CopyRows.gathering();
        for (PlannedClaim c : chunk) {
            long id = ids.get(c.number);
            // Received as submitted; the decision and the end of handling each come as a change of their own.
            boolean decidedLater = c.decided != null && c.decided.isAfter(c.received);
            events.add(RecordType.CLAIM, id, c.number, ClaimDraft.ACTION_CREATED, c.received, List.of(
                    Change.of(ClaimRules.INCIDENT_DATE, null, c.incident),
                    Change.of(ClaimRules.STATUS, null, decidedLater ? STATUS_SUBMITTED : c.status),
                    Change.of(ClaimRules.INCIDENT_TYPE, null, c.incidentType),
                    Change.of(ClaimRules.SEVERITY, null, c.severity)));
            if (decidedLater) {
                events.add(RecordType.CLAIM, id, c.number, ClaimDraft.ACTION_CHANGED, c.decided,
                        c.draft(c.status, null).changesFrom(c.draft(STATUS_SUBMITTED, null)));
            }
            if (c.finished != null) {
                events.add(RecordType.CLAIM, id, c.number, ClaimDraft.ACTION_CHANGED, c.finished,
                        c.draft(c.status, c.finished).changesFrom(c.draft(c.status, null)));
            }
            for (Item p : c.payouts) {
                payoutRows.row(id, insurer.code(), p.date(), p.type(), p.amount(), Item.percent(p.generalPct()),
                        Item.percent(p.eventPct()));
                item(ItemForm.Kind.PAYOUT, id, c, p);
            }
            for (Item r : c.recoveries) {
                recoveryRows.row(id, insurer.code(), r.date(), r.type(), r.amount());
                item(ItemForm.Kind.RECOVERY, id, c, r);
            }
            for (Item r : c.reserves) {
                reserveRows.row(id, insurer.code(), r.type(), r.amount(), r.date());
                item(ItemForm.Kind.RESERVE, id, c, r);
            }
            for (Item o : c.outstanding) {
                outstandingRows.row(id, insurer.code(), o.type(), o.amount(), o.date());
                item(ItemForm.Kind.OUTSTANDING_RECOVERY, id, c, o);
            }
        }
        staging.insert("payout", "claim_id, insurer_code, paid_on, damage_type, amount, general_reduction_pct,"
                + " event_reduction_pct", payoutRows);
        staging.insert("recovery", "claim_id, insurer_code, received_on, recovery_type, amount", recoveryRows);
        staging.insert("reserve", "claim_id, insurer_code, damage_type, amount, set_on", reserveRows);
        staging.insert("outstanding_recovery", "claim_id, insurer_code, recovery_type, amount, set_on", outstandingRows);
        events.flush(staging);
        claims += claimRows.rows();
        payouts += payoutRows.rows();
        recoveries += recoveryRows.rows();
        reserves += reserveRows.rows();
        outstanding += outstandingRows.rows();
    }

    private void item(ItemForm.Kind kind, long claimId, PlannedClaim claim, Item item) {
        events.add(RecordType.CLAIM, claimId, claim.number, kind.action, item.date(), item.snapshot().changes());
    }
}
