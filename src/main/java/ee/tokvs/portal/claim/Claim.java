package ee.tokvs.portal.claim;

import ee.tokvs.portal.contract.Contract;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * A claim (kahjunõue, §2(2)) with its payouts, recoveries, reserves and outstanding recoveries.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "claim_number", nullable = false, updatable = false)
    public String claimNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    public Contract contract;

    @Column(name = "received_date", nullable = false)
    public LocalDate receivedDate;

    /** kahjujuhtumi number: one incident can have several injured people, so several claims. */
    @Column(name = "incident_number", nullable = false)
    public String incidentNumber;

    @Column(name = "incident_date", nullable = false)
    public LocalDate incidentDate;

    @Column(nullable = false)
    public String status;

    @Column(name = "incident_type", nullable = false)
    public String incidentType;

    @Column(nullable = false)
    public String severity;

    public String specialty;

    @Column(name = "additional_competence")
    public String additionalCompetence;

    @Column(name = "handling_finished", nullable = false)
    public boolean handlingFinished;

    @Column(name = "finished_date")
    public LocalDate finishedDate;

    /**
     * The business date of the first submission that set the status to insured or not (the dashboards' time to
     * decision); stays when the status changes again, as that first decision was made then.
     */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("paidOn, id")
    public List<Payout> payouts = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("receivedOn, id")
    public List<Recovery> recoveries = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("setOn, id")
    public List<Reserve> reserves = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("setOn, id")
    public List<OutstandingRecovery> outstandingRecoveries = new ArrayList<>();

    /** The claim's page. */
    public String path() {
        return "/claims/" + id;
    }

    public static Optional<Claim> findByNumber(String claimNumber) {
        return find("claimNumber", claimNumber).firstResultOptional();
    }

    ClaimDraft toDraft() {
        return new ClaimDraft(claimNumber, contract.contractNumber, receivedDate, incidentNumber, incidentDate, status,
                incidentType, severity, specialty, additionalCompetence, handlingFinished, finishedDate);
    }

    /** Takes the judged claim's core and decision date (ClaimState.withCore dates the decision). */
    void apply(ClaimState state, Contract contractOfState) {
        ClaimDraft draft = state.core();
        decidedOn = state.decidedOn();
        contract = contractOfState;
        receivedDate = draft.receivedDate();
        incidentNumber = draft.incidentNumber();
        incidentDate = draft.incidentDate();
        status = draft.status();
        incidentType = draft.incidentType();
        severity = draft.severity();
        specialty = draft.specialty();
        additionalCompetence = draft.additionalCompetence();
        handlingFinished = draft.handlingFinished();
        finishedDate = draft.finishedDate();
    }

    /** Whether a stored money row of this claim has been corrected away: a reversal of it is stored. */
    public boolean reversed(MoneyRow row) {
        List<? extends MoneyRow> rows = row instanceof Payout ? payouts : row instanceof Recovery ? recoveries
                : row instanceof Reserve ? reserves : outstandingRecoveries;
        return MoneyRow.reversed(rows).contains(row.id);
    }

    ClaimSnapshot snapshot() {
        return new ClaimSnapshot(toDraft(),
                payouts.stream().map(Payout::toItem).toList(),
                recoveries.stream().map(Recovery::toItem).toList(),
                reserves.stream().map(Reserve::toItem).toList(),
                outstandingRecoveries.stream().map(OutstandingRecovery::toItem).toList());
    }
}
