package ee.tokvs.portal.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code tokvs_org} claim, which Keycloak's organisation-membership mapper fills as
 * {@code {"alias": {"registryCode": ["10000018"], "kind": ["insurer"]}}}. A user of the portal belongs to
 * at most one organisation; a claim naming several, or one without a registry code, is not trusted.
 */
public final class OrganisationClaim {

    public static final String NAME = "tokvs_org";

    private OrganisationClaim() {
    }

    public static Optional<Organisation> parse(Map<String, ?> claim) {
        if (claim == null || claim.size() != 1) {
            return Optional.empty();
        }
        var entry = claim.entrySet().iterator().next();
        if (!(entry.getValue() instanceof Map<?, ?> attributes)) {
            return Optional.empty();
        }
        String registryCode = first(attributes.get("registryCode"));
        Organisation.Kind kind = Organisation.Kind.parse(first(attributes.get("kind")));
        if (registryCode == null || !registryCode.matches("\\d{8}") || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(entry.getKey(), registryCode, kind));
    }

    private static String first(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(0));
        }
        return value instanceof String s ? s : null;
    }
}
