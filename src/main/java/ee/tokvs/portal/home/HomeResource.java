package ee.tokvs.portal.home;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.web.NoPortalRoleException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The landing pages: "/" sends each user to the home of their role. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance insurer(Insurer insurer);

        static native TemplateInstance representative();

        static native TemplateInstance terviseamet(List<Insurer> insurers);
    }

    @Inject
    CurrentUser currentUser;

    @GET
    public Response landing() {
        PortalRole role = currentUser.role().orElseThrow(NoPortalRoleException::new);
        return Response.seeOther(URI.create(role.home.path)).build();
    }

    @GET
    @Path("insurer")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN})
    public TemplateInstance insurerHome() {
        Insurer insurer = currentUser.organisationCode() == null ? null
                : Insurer.findByRegistryCode(currentUser.organisationCode()).orElse(null);
        return Templates.insurer(insurer);
    }

    @GET
    @Path("representative")
    @RolesAllowed(Names.REPRESENTATIVE)
    public TemplateInstance representativeHome() {
        return Templates.representative();
    }

    @GET
    @Path("terviseamet")
    @RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance terviseametHome() {
        return Templates.terviseamet(Insurer.listByName());
    }
}
