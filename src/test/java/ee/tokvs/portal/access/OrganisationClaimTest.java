package ee.tokvs.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganisationClaimTest {

    @Test
    void readsAliasRegistryCodeAndKind() {
        var claim = Map.of("pohjala", Map.of("registryCode", List.of("10000018"), "kind", List.of("insurer")));
        assertEquals(new Organisation("pohjala", "10000018", Organisation.Kind.INSURER),
                OrganisationClaim.parse(claim).orElseThrow());
    }

    @Test
    void readsEachKind() {
        assertEquals(Organisation.Kind.REPRESENTATIVE, OrganisationClaim.parse(
                Map.of("k", Map.of("registryCode", List.of("11000015"), "kind", List.of("representative")))).orElseThrow().kind());
        assertEquals(Organisation.Kind.AUTHORITY, OrganisationClaim.parse(
                Map.of("t", Map.of("registryCode", List.of("70008799"), "kind", List.of("authority")))).orElseThrow().kind());
    }

    @Test
    void distrustsAUserInSeveralOrganisations() {
        var claim = Map.of(
                "a", Map.of("registryCode", List.of("10000018"), "kind", List.of("insurer")),
                "b", Map.of("registryCode", List.of("10000024"), "kind", List.of("insurer")));
        assertTrue(OrganisationClaim.parse(claim).isEmpty());
    }

    @Test
    void distrustsAMissingOrMalformedRegistryCode() {
        assertTrue(OrganisationClaim.parse(Map.of("a", Map.of("kind", List.of("insurer")))).isEmpty());
        assertTrue(OrganisationClaim.parse(Map.of("a", Map.of("registryCode", List.of("1000001"), "kind", List.of("insurer")))).isEmpty());
        assertTrue(OrganisationClaim.parse(Map.of("a", Map.of("registryCode", List.of("1000001X"), "kind", List.of("insurer")))).isEmpty());
    }

    @Test
    void distrustsAnUnknownKind() {
        assertTrue(OrganisationClaim.parse(Map.of("a", Map.of("registryCode", List.of("10000018"), "kind", List.of("bank")))).isEmpty());
    }

    @Test
    void noClaimMeansNoOrganisation() {
        assertTrue(OrganisationClaim.parse(null).isEmpty());
        assertTrue(OrganisationClaim.parse(Map.of()).isEmpty());
        assertTrue(OrganisationClaim.parse(Map.of("a", "not an object")).isEmpty());
    }
}
