package ee.tokvs.portal.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A healthcare provider (tervishoiuteenuse osutaja), the policyholder of a contract, with its risk
 * profile. A code an insurer enters that Terviseamet has not registered is kept with {@code known = false}
 * until Terviseamet completes it.
 */
@Entity
@Table(name = "healthcare_provider")
public class HealthcareProvider extends PanacheEntityBase {

    @Id
    @Column(name = "registry_code")
    public String registryCode;

    public String name;

    @Column(name = "risk_profile")
    public String riskProfile;

    public boolean known = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<HealthcareProvider> findByCode(String registryCode) {
        return registryCode == null ? Optional.empty() : findByIdOptional(registryCode);
    }

    /** Records a code an insurer entered that the register lacks, for Terviseamet to complete. */
    public static HealthcareProvider registerUnknown(String registryCode) {
        HealthcareProvider provider = new HealthcareProvider();
        provider.registryCode = registryCode;
        provider.known = false;
        provider.persist();
        return provider;
    }
}
