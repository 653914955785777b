package ee.tokvs.portal.people;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.access.PortalRole.Names;
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

    /** The page: the people, the roles the admin gives, the latest changes, and what the last post did or why not. */
    public record Page(List<People.Person> people, List<PortalRole> givable, List<PeopleHistory.Entry> history,
            FormMessages messages, String done, boolean unavailable) {
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance people(Page page);
    }

    @Inject
    People people;

    @Inject
    PeopleChanges changes;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormWords words;

    @GET
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response list(@QueryParam("done") String done) {
        return page(FormMessages.none(), done, Response.Status.OK.getStatusCode());
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response changeRole(@PathParam("id") String id, @RestForm String role) {
        return change(() -> changes.changeRole(organisation(), id, role), "role");
    }

    @POST
    @Path("{id}/remove")
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response remove(@PathParam("id") String id) {
        return change(() -> changes.remove(organisation(), id), "removed");
    }

    private Response change(Runnable change, String done) {
        try {
            change.run();
            return Response.seeOther(UriBuilder.fromPath("/people").queryParam("done", done).build()).build();
        } catch (RuleViolationException e) {
            return page(words.of(e.findings()), null, 422);
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("a change to the people of %s was not made: %s", organisation(), e.getMessage());
            return page(FormMessages.none(), null, Response.Status.SERVICE_UNAVAILABLE.getStatusCode());
        }
    }

    private String organisation() {
        String organisation = currentUser.organisationCode();
        if (organisation == null) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private Response page(FormMessages messages, String done, int status) {
        String organisation = currentUser.organisationCode();
        List<PortalRole> givable = PeopleRules.givableBy(currentUser.role());
        List<PeopleHistory.Entry> history = organisation == null ? List.of() : PeopleHistory.of(organisation);
        boolean unavailable = status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
        List<People.Person> members = List.of();
        if (!unavailable && organisation != null) {
            try {
                members = people.of(organisation);
            } catch (People.KeycloakUnavailable e) {
                LOG.warnf("the people of %s were not read: %s", organisation, e.getMessage());
                unavailable = true;
                status = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
            }
        }
        String shownDone = "role".equals(done) || "removed".equals(done) ? done : null;
        TemplateInstance page = Templates.people(new Page(members, givable, history, messages, shownDone,
                unavailable));
        return status == 422 ? FormResponses.refused(page)
                : Response.status(status).entity(page).build();
    }
}
