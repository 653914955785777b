package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.OrganisationNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Names organisations from the portal's reference data as {@link ReferenceCache} keeps it: insurers and
 * representative companies.
 */
@ApplicationScoped
public class RegisteredOrganisationNames implements OrganisationNames {

    @Inject
    ReferenceCache cache;

    @Override
    public Optional<String> nameOf(Organisation organisation) {
        return switch (organisation.kind()) {
            case INSURER -> Optional.ofNullable(cache.current().insurerNames().get(organisation.registryCode()));
            case REPRESENTATIVE -> Optional.ofNullable(cache.current().companies().get(organisation.registryCode()));
            case AUTHORITY -> Optional.empty();
        };
    }
}
