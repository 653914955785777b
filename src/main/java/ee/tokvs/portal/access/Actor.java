package ee.tokvs.portal.access;

import java.util.Optional;

/**
 * A person as a request knew them: enough for work that outlives the request (an upload running in the
 * background) to act and be recorded exactly as that request would have been.
 */
public record Actor(String username, String displayName, PortalRole role, Organisation organisation,
        String chosenInsurer) {

    public Optional<PortalRole> optionalRole() {
        return Optional.ofNullable(role);
    }

    public Optional<Organisation> optionalOrganisation() {
        return Optional.ofNullable(organisation);
    }

    /** As {@link CurrentUser#representativeCompany()}. */
    public Optional<Organisation> representativeCompany() {
        return optionalOrganisation().filter(Organisation::isRepresentative);
    }
}
