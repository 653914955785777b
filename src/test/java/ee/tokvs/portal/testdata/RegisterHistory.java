package ee.tokvs.portal.testdata;

import ee.tokvs.portal.claim.ClaimDraft;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ClaimSnapshot;
import ee.tokvs.portal.contract.ContractDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A register as it stood in a past year, written straight in PostgreSQL together with its submissions as they were
 * made then. It bypasses the services for one reason: a save through them is submitted now, so it can never be a
 * submission that was on time in 2015, and figures of timeliness worked out by hand ({@link DashboardFixture},
 * InsurerOverviewTest) need such. The values come from the same builders as {@link Register}'s; every other test
 * saves through Register.
 */
@ApplicationScoped
public class RegisterHistory {

    @Inject
    RegisterFixtures fixtures;

    /** A concluded contract (version 1 only, no submission); returns its id. */
    public long contract(String insurer, ContractBuilder contract) {
        ContractDraft draft = contract.draft();
        long id = fixtures.insert(insurer, "insert into contract (insurer_code, contract_number) values (?, ?) returning id",
                insurer, draft.contractNumber());
        fixtures.update(insurer, "insert into contract_version (contract_id, insurer_code, version_no, change_kind,"
                + " change_date, policyholder_code, period_start, period_end, sum_per_event, sum_aggregate)"
                + " values (?, ?, 1, 'CONCLUSION', ?, ?, ?, ?, ?, ?)", id, insurer, draft.changeDate(),
                draft.policyholderCode(), draft.periodStart(), draft.periodEnd(), draft.sumPerEvent(), draft.sumAggregate());
        return id;
    }

    /** The claim as the builder has it, under the contract, whatever the rules would say of it; returns its id. */
    public long claim(String insurer, long contractId, ClaimBuilder claim) {
        ClaimDraft draft = claim.draft();
        return fixtures.insert(insurer, "insert into claim (insurer_code, claim_number, contract_id, received_date,"
                + " incident_number, incident_date, status, incident_type, severity, specialty, additional_competence,"
                + " handling_finished, finished_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", insurer,
                draft.claimNumber(), contractId, draft.receivedDate(), draft.incidentNumber(), draft.incidentDate(),
                draft.status(), draft.incidentType(), draft.severity(), draft.specialty(), draft.additionalCompetence(),
                draft.handlingFinished(), draft.finishedDate());
    }

    /** A money row of the claim (no submission). */
    public void add(String insurer, long claimId, MoneyRowBuilder row) {
        ClaimSnapshot.Item item = row.item();
        String table = switch (row.kind()) {
            case PAYOUT -> "payout (insurer_code, claim_id, paid_on, damage_type, amount";
            case RESERVE -> "reserve (insurer_code, claim_id, set_on, damage_type, amount";
            case RECOVERY -> "recovery (insurer_code, claim_id, received_on, recovery_type, amount";
            case OUTSTANDING_RECOVERY -> "outstanding_recovery (insurer_code, claim_id, set_on, recovery_type, amount";
        };
        fixtures.update(insurer, "insert into " + table + ") values (?, ?, ?, ?, ?)", insurer, claimId, item.date(),
                item.type(), item.amount());
    }

    /**
     * A submission of the claim as it was made then, on time or late, with its business date's deadline the next day;
     * one that set the status to a decision also dates the claim's decision, as ClaimService records it.
     *
     * @param status the status it set, or null for a submission that changed something else
     */
    public void submission(String insurer, long claimId, String label, String action, String businessDate, boolean late,
            String status) {
        if (status != null && ClaimRules.STATUSES_DECIDED.contains(status)) {
            fixtures.update(insurer, "update claim set decided_on = least(decided_on, ?::date) where id = ?", businessDate,
                    claimId);
        }
        fixtures.update(insurer, "insert into submission_event (insurer_code, record_type, record_id, record_label,"
                + " action, actor_username, actor_name, business_date, deadline, late, changes) values (?, 'CLAIM', ?,"
                + " ?, ?, 'fixture', 'Fixture', ?::date, ?::date + 1, ?, case when ?::text is null then '[]'::jsonb"
                + " else jsonb_build_array(jsonb_build_object('field', 'status', 'before', null, 'after', ?::text)) end)",
                insurer, claimId, label, action, businessDate, businessDate, late, status, status);
    }
}
