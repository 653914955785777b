package ee.tokvs.portal.people;

import ee.tokvs.portal.access.PortalRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
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

    /** Keycloak's action of setting one's password, which an invitation's link leads to. */
    static final String SET_PASSWORD = "UPDATE_PASSWORD";

    /** How many members one organisation's page lists at most (Keycloak pages its answer). */
    private static final int MAX_MEMBERS = 500;

    /**
     * A member: their name, username, e-mail, whether their account is on, whether they have yet to set their password
     * (invited, not yet accepted), and their portal roles.
     */
    public record Person(String id, String name, String username, String email, boolean enabled, boolean invited,
            List<PortalRole> roles) {

        public boolean holds(PortalRole role) {
            return roles.contains(role);
        }

        public boolean holdsAny(List<PortalRole> any) {
            return any.stream().anyMatch(roles::contains);
        }

        /** The last of these roles the person holds: the admin role over the one it includes. */
        public Optional<PortalRole> highestOf(List<PortalRole> givable) {
            return givable.stream().filter(roles::contains).reduce((lower, higher) -> higher);
        }
    }

    /** An organisation in Keycloak with its members. */
    record Team(OrganizationResource organisation, List<Person> members) {

        Optional<Person> member(String id) {
            return members.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        /** The members who can act in this role: holding it, with their account on and their invitation accepted. */
        long acting(PortalRole role) {
            return members.stream().filter(p -> p.holds(role) && p.enabled() && !p.invited()).count();
        }
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
        return team(registryCode).map(Team::members).orElse(List.of());
    }

    /** The organisation with this registry code and its members, if Keycloak has exactly one such organisation. */
    Optional<Team> team(String registryCode) {
        return call(() -> {
            RealmResource realm = realm();
            List<OrganizationRepresentation> found = realm.organizations()
                    .searchByAttribute("registryCode:" + registryCode);
            if (found.size() != 1) {
                return Optional.empty();
            }
            OrganizationResource organisation = realm.organizations().get(found.get(0).getId());
            List<Person> members = organisation.members().list(0, MAX_MEMBERS).stream()
                    .map(member -> person(realm, member))
                    .sorted(Comparator.comparing(Person::name).thenComparing(Person::username)).toList();
            return Optional.of(new Team(organisation, members));
        });
    }

    RealmResource realm() {
        return keycloak.realm(realmName);
    }

    /** Runs a call to Keycloak's admin API; an outage or a refusal becomes {@link KeycloakUnavailable}. */
    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new KeycloakUnavailable(e);
        }
    }

    /**
     * Of the roles {@code among}, the person keeps only {@code to} (or none), as roles mapped to them directly. Their
     * effective roles do not decide: {@code representative-admin} includes {@code representative}, yet a person
     * moved down to {@code representative} must get it mapped. It adds before it takes, and takes the added back if
     * taking fails, so Keycloak's side changes whole or not at all. Returns what it took, for {@link #restore}.
     */
    static List<RoleRepresentation> assign(UserResource user, List<PortalRole> among, Optional<PortalRole> to) {
        List<RoleRepresentation> direct = user.roles().realmLevel().listAll();
        List<RoleRepresentation> taken = direct.stream()
                .filter(r -> among.stream().anyMatch(role -> role.id.equals(r.getName())))
                .filter(r -> to.map(role -> !role.id.equals(r.getName())).orElse(true)).toList();
        List<RoleRepresentation> added = to.isEmpty() || direct.stream().anyMatch(r -> r.getName().equals(to.get().id))
                ? List.of() : user.roles().realmLevel().listAvailable().stream()
                        .filter(r -> r.getName().equals(to.get().id)).toList();
        if (!added.isEmpty()) {
            user.roles().realmLevel().add(added);
        }
        if (!taken.isEmpty()) {
            try {
                user.roles().realmLevel().remove(taken);
            } catch (RuntimeException e) {
                if (!added.isEmpty()) {
                    undo(() -> user.roles().realmLevel().remove(added), e);
                }
                throw e;
            }
        }
        return taken;
    }

    /** Gives back the roles {@link #assign} took, when a later step failed; a failure here joins {@code cause}. */
    static void restore(UserResource user, List<RoleRepresentation> taken, RuntimeException cause) {
        if (!taken.isEmpty()) {
            undo(() -> user.roles().realmLevel().add(taken), cause);
        }
    }

    private static void undo(Runnable undo, RuntimeException cause) {
        try {
            undo.run();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** An answer of Keycloak that must be a success; anything else is Keycloak's failure. */
    static void succeeded(Response response) {
        try (response) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new WebApplicationException(response.getStatus());
            }
        }
    }

    /**
     * A member with their effective realm roles. One who has neither a password nor an eID login linked has not
     * accepted their invitation yet (asked only of those without a password).
     */
    private static Person person(RealmResource realm, MemberRepresentation member) {
        UserResource user = realm.users().get(member.getId());
        Set<String> held = user.roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
        boolean invited = user.credentials().isEmpty() && user.getFederatedIdentity().isEmpty();
        List<PortalRole> roles = Arrays.stream(PortalRole.values()).filter(r -> held.contains(r.id)).toList();
        String name = String.join(" ", orEmpty(member.getFirstName()), orEmpty(member.getLastName())).strip();
        return new Person(member.getId(), name, member.getUsername(), orEmpty(member.getEmail()),
                !Boolean.FALSE.equals(member.isEnabled()), invited, roles);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
