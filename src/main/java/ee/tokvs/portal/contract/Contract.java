package ee.tokvs.portal.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** An insurance contract (kindlustusleping): its number and its versions, one per conclusion or change. */
@Entity
public class Contract extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "contract_number", nullable = false, updatable = false)
    public String contractNumber;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo")
    public List<ContractVersion> versions = new ArrayList<>();

    /** The contract's page. */
    public String path() {
        return "/contracts/" + id;
    }

    /**
     * The current version, the highest numbered (versions are numbered 1, 2, … as they are added): the same as the
     * view current_contract_version ({@link CurrentContractVersion}), read from the versions loaded here so that a
     * version added in this transaction counts at once.
     */
    public ContractVersion current() {
        return versions.get(versions.size() - 1);
    }

    public static Optional<Contract> findByNumber(String contractNumber) {
        return find("contractNumber", contractNumber).firstResultOptional();
    }
}
