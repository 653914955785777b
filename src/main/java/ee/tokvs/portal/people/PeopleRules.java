package ee.tokvs.portal.people;

import static ee.tokvs.portal.shared.rules.Rule.none;

import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.shared.rules.Rule;
import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an organisation's admin may do to its people: which roles they give, and that the organisation keeps an admin.
 * The same rules whichever page or call asks (one rule engine, {@code catalogue/RuleCatalogue}).
 */
public final class PeopleRules {

    public static final Rule ROLE_NOT_GIVABLE = Rule.error("rule_person_role_not_givable", Rule.WHOLE,
            none("an admin gives only the portal roles of its own organisation, and none above its own"));
    public static final Rule LAST_ADMIN = Rule.error("rule_person_last_admin", Rule.WHOLE,
            none("an organisation keeps at least one admin, or nobody could manage its people any more"));

    public static final Rule PERSONAL_CODE_INVALID = Rule.error("rule_person_code_invalid", Invitations.PERSONAL_CODE,
            none("an Estonian personal identification code (EVS 585): eID logins name the person by it"));
    public static final Rule EMAIL_INVALID = Rule.error("rule_person_email_invalid", Invitations.EMAIL,
            none("the invitation is sent to this address"));
    public static final Rule PERSON_EXISTS = Rule.error("rule_person_exists", Invitations.PERSONAL_CODE,
            none("a person has one account; an existing account is not taken over by an invitation"));
    public static final Rule EMAIL_TAKEN = Rule.error("rule_person_email_taken", Invitations.EMAIL,
            none("Keycloak keeps one account per e-mail address, which is also a login name"));

    public static final Rule HOLDS_OTHER_ROLE = Rule.error("rule_person_holds_other_role", Rule.WHOLE,
            none("a person who also holds a role this admin does not give is managed where that role is given"));
    public static final Rule ORGANISATION_KIND_MISMATCH = Rule.error("rule_organisation_kind_mismatch",
            "registryCode", none("an organisation is an insurer or a representative company, never both"));

    public static final List<Rule> RULES = List.of(ROLE_NOT_GIVABLE, LAST_ADMIN, HOLDS_OTHER_ROLE,
            PERSONAL_CODE_INVALID, EMAIL_INVALID, PERSON_EXISTS, EMAIL_TAKEN, ORGANISATION_KIND_MISMATCH);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int EMAIL_MAX = 254;

    /** The roles each admin role gives to its organisation's people; the admin role itself comes last. */
    private static final Map<PortalRole, List<PortalRole>> GIVES = Map.of(
            PortalRole.INSURER_ADMIN, List.of(PortalRole.INSURER_STAFF, PortalRole.INSURER_ADMIN),
            PortalRole.REPRESENTATIVE_ADMIN, List.of(PortalRole.REPRESENTATIVE, PortalRole.REPRESENTATIVE_ADMIN));

    private PeopleRules() {
    }

    /** A plausible e-mail address: one {@code @}, a dotted domain, no spaces, at most 254 characters. */
    public static boolean isEmail(String address) {
        return address.length() <= EMAIL_MAX && EMAIL.matcher(address).matches();
    }

    /** The givable role with this id, if it is one. */
    public static Optional<PortalRole> givable(String roleId, List<PortalRole> givable) {
        return givable.stream().filter(role -> role.id.equals(roleId)).findFirst();
    }

    /** The admin role among the givable ones (the last); there is none for someone who gives nothing. */
    public static PortalRole adminOf(List<PortalRole> givable) {
        if (givable.isEmpty()) {
            throw new ForbiddenException();
        }
        return givable.get(givable.size() - 1);
    }

    /** The roles an admin with this role may give or take; none for anyone else. */
    public static List<PortalRole> givableBy(Optional<PortalRole> admin) {
        return admin.map(role -> GIVES.getOrDefault(role, List.of())).orElse(List.of());
    }
}
