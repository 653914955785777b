package ee.tokvs.portal.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Optional;

/** An insurer (kindlustusandja): one tenant of the portal. Reference data kept by Terviseamet. */
@Entity
public class Insurer extends RegisteredOrganisation {

    public enum LicenceStatus {
        ACTIVE, SUSPENDED, REVOKED;

        public String messageKey() {
            return "licence_" + name();
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_status", nullable = false)
    public LicenceStatus licenceStatus = LicenceStatus.ACTIVE;

    public static Optional<Insurer> findByRegistryCode(String registryCode) {
        return find("registryCode", registryCode).firstResultOptional();
    }

    public static List<Insurer> listByName() {
        return list("order by name");
    }
}
