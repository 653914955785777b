package ee.tokvs.portal.people;

import ee.tokvs.portal.access.PortalRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * An organisation's people as Keycloak keeps them: the organisation of a registry code, its members and their portal
 * roles, read through Keycloak's admin API as the portal's service account (docs/security.md, "The portal's service
 * account"). Keycloak is the one owner of who belongs where; the portal keeps no copy.
 */
@ApplicationScoped
public class People {

    /** How many members one organisation's page lists at most (Keycloak pages its answer). */
    private static final int MAX_MEMBERS = 500;

    /** A member: their name, username, e-mail, whether their account is on, and their portal roles. */
    public record Person(String id, String name, String username, String email, boolean enabled,
            List<PortalRole> roles) {
    }

    /** Keycloak did not answer, or refused the portal's service account: nothing can be read or changed now. */
    public static class KeycloakUnavailable extends RuntimeException {
        KeycloakUnavailable(Exception cause) {
            super("Keycloak's admin API: " + cause.getMessage(), cause);
        }
    }

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realmName;

    /**
     * The members of the organisation with this registry code, by name; none where Keycloak has no such organisation.
     */
    public List<Person> of(String registryCode) {
        try {
            RealmResource realm = keycloak.realm(realmName);
            List<OrganizationRepresentation> found = realm.organizations()
                    .searchByAttribute("registryCode:" + registryCode);
            if (found.size() != 1) {
                return List.of();
            }
            return realm.organizations().get(found.get(0).getId()).members().list(0, MAX_MEMBERS).stream()
                    .map(member -> person(realm, member))
                    .sorted(Comparator.comparing(Person::name).thenComparing(Person::username)).toList();
        } catch (ProcessingException | WebApplicationException e) {
            throw new KeycloakUnavailable(e);
        }
    }

    private static Person person(RealmResource realm, MemberRepresentation member) {
        Set<String> held = realm.users().get(member.getId()).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
        List<PortalRole> roles = Arrays.stream(PortalRole.values()).filter(r -> held.contains(r.id)).toList();
        String name = String.join(" ", orEmpty(member.getFirstName()), orEmpty(member.getLastName())).strip();
        return new Person(member.getId(), name, member.getUsername(), orEmpty(member.getEmail()),
                !Boolean.FALSE.equals(member.isEnabled()), roles);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
