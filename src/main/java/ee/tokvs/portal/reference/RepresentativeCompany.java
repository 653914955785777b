package ee.tokvs.portal.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A company that insurers may name as their authorised representative (volitatud isik, §3(2)). */
@Entity
@Table(name = "representative_company")
public class RepresentativeCompany extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "registry_code", nullable = false, unique = true)
    public String registryCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<RepresentativeCompany> findByRegistryCode(String registryCode) {
        return find("registryCode", registryCode).firstResultOptional();
    }
}
