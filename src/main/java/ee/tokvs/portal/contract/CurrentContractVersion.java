package ee.tokvs.portal.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A contract's current version: the view {@code current_contract_version} (V11), the one definition of "current"
 * (the highest version number). Queries that need the current version join it instead of comparing version
 * numbers themselves; the dashboards and the summaries' trigger read the same view in SQL. {@link Contract#current()}
 * answers the same for a loaded contract, and ContractServiceTest shows the two agree.
 */
@Entity
@Immutable
@Table(name = "current_contract_version")
public class CurrentContractVersion extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public Long contractId;

    @Column(name = "version_id")
    public Long versionId;

    @TenantId
    @Column(name = "insurer_code")
    public String insurerCode;

    @Column(name = "version_no")
    public int versionNo;

    @Column(name = "policyholder_code")
    public String policyholderCode;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;
}
