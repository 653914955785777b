package ee.tokvs.portal.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An insurer (kindlustusandja): one tenant of the portal. Reference data kept by Terviseamet. */
@Entity
public class Insurer extends PanacheEntityBase {

    public enum LicenceStatus {
        ACTIVE, SUSPENDED, REVOKED;

        public String messageKey() {
            return "licence_" + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "registry_code", nullable = false, unique = true)
    public String registryCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_status", nullable = false)
    public LicenceStatus licenceStatus = LicenceStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Insurer> findByRegistryCode(String registryCode) {
        return find("registryCode", registryCode).firstResultOptional();
    }

    public static List<Insurer> listByName() {
        return list("order by name");
    }
}
