package ee.tokvs.portal.people;

import static ee.tokvs.portal.people.People.call;
import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.people.People.Person;
import ee.tokvs.portal.people.People.Team;
import ee.tokvs.portal.reference.ReferenceLog;
import ee.tokvs.portal.session.RevokedSessions;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import io.quarkus.hibernate.orm.panache.Panache;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * An admin changes its organisation's people in Keycloak: gives or takes a portal role, removes a member. Only members
 * of the admin's own organisation, only the roles {@link PeopleRules} lets the admin give, never the last admin. Each
 * change is audited in the portal ({@code reference_change}, subject PERSON) and ends the person's login sessions, in
 * Keycloak and in the portal, so their next request is answered under what they hold now.
 *
 * <p>Order: the audit row is written first, in the transaction; then Keycloak is changed. If Keycloak fails, the
 * transaction rolls back and the portal keeps no trace of a change that did not happen.
 */
@ApplicationScoped
public class PeopleChanges {

    static final String SUBJECT = "PERSON";
    private static final Logger LOG = Logger.getLogger(PeopleChanges.class);

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceLog log;

    @Inject
    RevokedSessions revoked;

    /** The member gets {@code roleId} (empty: no portal role) in place of the role they held. */
    @Transactional
    public void changeRole(String registryCode, String memberId, String roleId) {
        List<PortalRole> givable = PeopleRules.givableBy(currentUser.peopleAdminRole());
        Optional<PortalRole> to = PeopleRules.givable(roleId, givable);
        Findings findings = new Findings();
        if (roleId != null && !roleId.isBlank() && to.isEmpty()) {
            findings.add(PeopleRules.ROLE_NOT_GIVABLE.at(roleId));
        }
        Team team = lockedTeam(registryCode);
        Person member = memberOf(team, memberId);
        if (to.filter(PeopleRules.adminOf(givable)::equals).isEmpty()) {
            check(team, member, givable, findings);
        } else {
            checkOthersRoles(member, givable, findings);
        }
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        Optional<PortalRole> from = member.highestOf(givable);
        if (from.equals(to)) {
            return;
        }
        audit(registryCode, member, "ROLE_CHANGED", from, to);
        UserResource user = people.realm().users().get(member.id());
        List<String> sessions = sessionsOf(user);
        call(() -> People.assign(user, givable, to));
        endSessions(user, sessions, member);
    }

    /** The member leaves the organisation and loses the roles it gave them; their Keycloak account stays. */
    @Transactional
    public void remove(String registryCode, String memberId) {
        List<PortalRole> givable = PeopleRules.givableBy(currentUser.peopleAdminRole());
        Team team = lockedTeam(registryCode);
        Person member = memberOf(team, memberId);
        Findings findings = new Findings();
        check(team, member, givable, findings);
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        audit(registryCode, member, "REMOVED", member.highestOf(givable), Optional.empty());
        UserResource user = people.realm().users().get(member.id());
        List<String> sessions = sessionsOf(user);
        call(() -> {
            List<RoleRepresentation> taken = People.assign(user, givable, Optional.empty());
            try {
                People.succeeded(team.organisation().members().member(member.id()).delete());
            } catch (RuntimeException e) {
                People.restore(user, taken, e);
                throw e;
            }
            return null;
        });
        endSessions(user, sessions, member);
    }

    /**
     * The organisation with its members, read while this transaction holds the organisation's lock: two admins
     * changing people at once take turns, so both cannot demote each other and leave nobody.
     */
    private Team lockedTeam(String registryCode) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "people:" + registryCode).getSingleResult();
        return teamOf(registryCode);
    }

    /** Taking a member's role must leave an admin who can act, and the member hold only roles given here. */
    private static void check(Team team, Person member, List<PortalRole> givable, Findings findings) {
        PortalRole admin = PeopleRules.adminOf(givable);
        boolean counted = member.holds(admin) && member.enabled() && !member.invited();
        if (member.holds(admin) && team.acting(admin) - (counted ? 1 : 0) == 0) {
            findings.add(PeopleRules.LAST_ADMIN.at(member.username()));
        }
        checkOthersRoles(member, givable, findings);
    }

    /** A member holding a portal role this admin does not give is not this admin's to change. */
    private static void checkOthersRoles(Person member, List<PortalRole> givable, Findings findings) {
        member.roles().stream().filter(role -> !givable.contains(role)).findFirst()
                .ifPresent(role -> findings.add(PeopleRules.HOLDS_OTHER_ROLE.at(member.username(), role.id)));
    }

    Team teamOf(String registryCode) {
        return people.team(registryCode).orElseThrow(NotFoundException::new);
    }

    /** Someone outside the organisation is not found, whether or not they exist elsewhere. */
    private static Person memberOf(Team team, String memberId) {
        return team.member(memberId).orElseThrow(NotFoundException::new);
    }

    static List<String> sessionsOf(UserResource user) {
        return call(() -> user.getUserSessions().stream().map(UserSessionRepresentation::getId).toList());
    }

    /**
     * Ends the person's sessions in every portal instance at once (not waiting for Keycloak's back channel), then in
     * Keycloak. The change itself is made by then: if Keycloak's logout fails, the next login gets the new roles
     * anyway.
     */
    void endSessions(UserResource user, List<String> sessions, Person member) {
        sessions.forEach(revoked::revoke);
        try {
            user.logout();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("the Keycloak sessions of %s were not ended: %s", member.username(), e.getMessage());
        }
    }

    /** The change in the audit log, in the caller's transaction: who (the current user) did what to whom. */
    void audit(String registryCode, Person member, String action, Optional<PortalRole> from,
            Optional<PortalRole> to) {
        log.recordOnly(SUBJECT, registryCode + ":" + member.username(), action, JSON.createObjectBuilder()
                .add("organisation", registryCode).add("username", member.username()).add("name", member.name())
                .add("roleBefore", from.map(r -> r.id).orElse("")).add("roleAfter", to.map(r -> r.id).orElse(""))
                .build());
    }
}
