package ee.tokvs.portal.people;

import static ee.tokvs.portal.shared.rules.Rule.none;

import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.shared.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an organisation's admin may do to its people: which roles they give, and that the organisation keeps an admin.
 * The same rules whichever page or call asks (one rule engine, {@code catalogue/RuleCatalogue}).
 */
public final class PeopleRules {

    public static final Rule ROLE_NOT_GIVABLE = Rule.error("rule_person_role_not_givable", Rule.WHOLE,
            none("an admin gives only the portal roles of its own organisation, and none above its own"));
    public static final Rule LAST_ADMIN = Rule.error("rule_person_last_admin", Rule.WHOLE,
            none("an organisation keeps at least one admin, or nobody could manage its people any more"));

    public static final List<Rule> RULES = List.of(ROLE_NOT_GIVABLE, LAST_ADMIN);

    /** The roles each admin role gives to its organisation's people; the admin role itself comes last. */
    private static final Map<PortalRole, List<PortalRole>> GIVES = Map.of(
            PortalRole.INSURER_ADMIN, List.of(PortalRole.INSURER_STAFF, PortalRole.INSURER_ADMIN));

    private PeopleRules() {
    }

    /** The roles an admin with this role may give or take; none for anyone else. */
    public static List<PortalRole> givableBy(Optional<PortalRole> admin) {
        return admin.map(role -> GIVES.getOrDefault(role, List.of())).orElse(List.of());
    }
}
