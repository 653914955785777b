package ee.tokvs.portal.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** A company that insurers may name as their authorised representative (volitatud isik, §3(2)). */
@Entity
@Table(name = "representative_company")
public class RepresentativeCompany extends RegisteredOrganisation {

    public static Optional<RepresentativeCompany> findByRegistryCode(String registryCode) {
        return find("registryCode", registryCode).firstResultOptional();
    }
}
