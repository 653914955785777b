package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The registered name of a user's organisation, from the portal's reference data. */
@ApplicationScoped
public class OrganisationNames {

    /** Empty for Terviseamet itself (its name is a UI text) and for an organisation not in the register. */
    public Optional<String> nameOf(Organisation organisation) {
        return switch (organisation.kind()) {
            case INSURER -> Insurer.findByRegistryCode(organisation.registryCode()).map(i -> i.name);
            case REPRESENTATIVE -> RepresentativeCompany.findByRegistryCode(organisation.registryCode()).map(c -> c.name);
            case AUTHORITY -> Optional.empty();
        };
    }
}
