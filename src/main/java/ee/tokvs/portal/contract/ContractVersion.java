package ee.tokvs.portal.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One version of a contract (§2(1)): what was agreed at conclusion, amendment or extension. Versions are
 * never changed; a change makes the next one. The database refuses updates too.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
@Immutable
@Table(name = "contract_version")
public class ContractVersion extends PanacheEntityBase {

    /** The kind of change that made a version (sõlmimine, muutmine, pikendamine). */
    public enum ChangeKind {
        CONCLUSION, AMENDMENT, EXTENSION;

        public String messageKey() {
            return "change_kind_" + name();
        }

        public String formTitleKey() {
            return "contract_form_title_" + name();
        }

        /** The submission event's action for a version made this way. */
        public String action() {
            return this == CONCLUSION ? "CONTRACT_CONCLUDED" : "CONTRACT_" + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    public Contract contract;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    public ChangeKind changeKind;

    @Column(name = "change_date", nullable = false)
    public LocalDate changeDate;

    @Column(name = "policyholder_code", nullable = false)
    public String policyholderCode;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "sum_per_event", nullable = false, precision = 14, scale = 2)
    public BigDecimal sumPerEvent;

    @Column(name = "sum_aggregate", nullable = false, precision = 14, scale = 2)
    public BigDecimal sumAggregate;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    static ContractVersion of(ContractDraft draft, int versionNo, ChangeKind kind) {
        ContractVersion version = new ContractVersion();
        version.versionNo = versionNo;
        version.changeKind = kind;
        version.changeDate = draft.changeDate();
        version.policyholderCode = draft.policyholderCode();
        version.periodStart = draft.periodStart();
        version.periodEnd = draft.periodEnd();
        version.sumPerEvent = draft.sumPerEvent();
        version.sumAggregate = draft.sumAggregate();
        return version;
    }

    public ContractDraft toDraft() {
        return new ContractDraft(contract.contractNumber, changeDate, policyholderCode, periodStart, periodEnd,
                sumPerEvent, sumAggregate);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }
}
