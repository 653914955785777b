package ee.tokvs.portal.access;

import java.util.Optional;

/** The registered name of a user's organisation; the reference data answers it (access does not read it). */
public interface OrganisationNames {

    /** Empty for Terviseamet itself (its name is a UI text) and for an organisation not in the register. */
    Optional<String> nameOf(Organisation organisation);
}
