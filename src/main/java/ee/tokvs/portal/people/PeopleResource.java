package ee.tokvs.portal.people;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole.Names;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * An insurer admin's view of its organisation's people: who belongs to it in Keycloak, with which portal role, and
 * whether their account is on. Only the admin's own organisation, the one their token names. Keycloak unreachable:
 * the page says so (503), nothing else is lost.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    private static final Logger LOG = Logger.getLogger(PeopleResource.class);

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance people(List<People.Person> people, boolean unavailable);
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response list() {
        String organisation = currentUser.organisationCode();
        try {
            List<People.Person> members = organisation == null ? List.of() : people.of(organisation);
            return Response.ok(Templates.people(members, false)).build();
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("the people of %s were not read: %s", organisation, e.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(Templates.people(List.of(), true))
                    .build();
        }
    }
}
