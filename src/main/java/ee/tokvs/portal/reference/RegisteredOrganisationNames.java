package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.OrganisationNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Names organisations from the portal's reference data: insurers and representative companies. */
@ApplicationScoped
public class RegisteredOrganisationNames implements OrganisationNames {

    @Override
    public Optional<String> nameOf(Organisation organisation) {
        return switch (organisation.kind()) {
            case INSURER -> Insurer.findByRegistryCode(organisation.registryCode()).map(i -> i.name);
            case REPRESENTATIVE -> RepresentativeCompany.findByRegistryCode(organisation.registryCode()).map(c -> c.name);
            case AUTHORITY -> Optional.empty();
        };
    }
}
