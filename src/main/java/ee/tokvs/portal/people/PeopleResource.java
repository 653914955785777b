package ee.tokvs.portal.people;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.people.Invitations.Invitation;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.FormWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An insurer admin's organisation's people: who belongs to it in Keycloak, with which portal role, whether their
 * account is on; give or take a role, remove a member; the latest changes. Only the admin's own organisation, the one
 * their token names, never one the request names. Keycloak unreachable: the page says so (503), nothing is changed.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    private static final Logger LOG = Logger.getLogger(PeopleResource.class);

    /**
     * What this request did or why not: its status, the change done ({@code role}, {@code removed}, {@code invited}),
     * why a change to someone was refused, and the invitation form as typed with its messages.
     */
    public record Outcome(int status, String done, FormMessages messages, Invitation invitation,
            FormMessages invitationMessages) {

        static Outcome shown(String done) {
            return new Outcome(200, done, FormMessages.none(), blankInvitation(), FormMessages.none());
        }

        static Outcome refused(FormMessages messages) {
            return new Outcome(422, null, messages, blankInvitation(), FormMessages.none());
        }

        static Outcome invitationRefused(Invitation invitation, FormMessages messages) {
            return new Outcome(422, null, FormMessages.none(), invitation, messages);
        }

        /** Keycloak did not make the invitation: 502, its answer failed, not this page. */
        static Outcome invitationFailed(Invitation invitation) {
            return new Outcome(502, null, FormMessages.none(), invitation, FormMessages.none());
        }

        static Outcome keycloakDown() {
            return new Outcome(503, null, FormMessages.none(), blankInvitation(), FormMessages.none());
        }

        public boolean invitationFailed() {
            return status == 502;
        }

        private static Invitation blankInvitation() {
            return new Invitation("", "", "", "", PortalRole.INSURER_STAFF.id);
        }
    }

    /** The page: the people (none while Keycloak is down), the roles the admin gives, the latest changes. */
    public record Page(List<People.Person> people, boolean unavailable, List<PortalRole> givable,
            List<PeopleHistory.Entry> history, Outcome outcome) {
    }

    private static final List<String> DONE = List.of("role", "removed", "invited");

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance people(Page page);
    }

    @Inject
    People people;

    @Inject
    PeopleChanges changes;

    @Inject
    Invitations invitations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormWords words;

    @GET
    @RolesAllowed({Names.INSURER_ADMIN, Names.REPRESENTATIVE_ADMIN})
    public Response list(@QueryParam("done") String done) {
        return page(Outcome.shown(done != null && DONE.contains(done) ? done : null));
    }

    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_ADMIN, Names.REPRESENTATIVE_ADMIN})
    public Response invite(@RestForm String personalCode, @RestForm String firstName, @RestForm String lastName,
            @RestForm String email, @RestForm String role) {
        Invitation invitation = new Invitation(personalCode, firstName, lastName, email, role);
        try {
            invitations.invite(organisation(), invitation);
            return done("invited");
        } catch (RuleViolationException e) {
            return page(Outcome.invitationRefused(invitation, words.of(e.findings(), Invitation.FIELDS)));
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("an invitation to %s was not made: %s", organisation(), e.getMessage());
            return page(Outcome.invitationFailed(invitation));
        }
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_ADMIN, Names.REPRESENTATIVE_ADMIN})
    public Response changeRole(@PathParam("id") String id, @RestForm String role) {
        return change(() -> changes.changeRole(organisation(), id, role), "role");
    }

    @POST
    @Path("{id}/remove")
    @RolesAllowed({Names.INSURER_ADMIN, Names.REPRESENTATIVE_ADMIN})
    public Response remove(@PathParam("id") String id) {
        return change(() -> changes.remove(organisation(), id), "removed");
    }

    private Response change(Runnable change, String done) {
        try {
            change.run();
            return done(done);
        } catch (RuleViolationException e) {
            return page(Outcome.refused(words.of(e.findings())));
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("a change to the people of %s was not made: %s", organisation(), e.getMessage());
            return page(Outcome.keycloakDown());
        }
    }

    private static Response done(String done) {
        return Response.seeOther(UriBuilder.fromPath("/people").queryParam("done", done).build()).build();
    }

    private String organisation() {
        String organisation = currentUser.organisationCode();
        if (organisation == null) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private Response page(Outcome outcome) {
        String organisation = currentUser.organisationCode();
        List<PeopleHistory.Entry> history = organisation == null ? List.of() : PeopleHistory.of(organisation);
        boolean unavailable = outcome.status() == 503;
        List<People.Person> members = List.of();
        if (!unavailable && organisation != null) {
            try {
                members = people.of(organisation);
            } catch (People.KeycloakUnavailable e) {
                LOG.warnf("the people of %s were not read: %s", organisation, e.getMessage());
                return page(Outcome.keycloakDown());
            }
        }
        TemplateInstance page = Templates.people(new Page(members, unavailable,
                PeopleRules.givableBy(currentUser.peopleAdminRole()), history, outcome));
        return outcome.status() == 422 ? FormResponses.refused(page)
                : Response.status(outcome.status()).entity(page).build();
    }
}
