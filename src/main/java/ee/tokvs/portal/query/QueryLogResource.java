package ee.tokvs.portal.query;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Who asked the §4 questions, newest first: Terviseamet every insurer's, an insurer's admin its own insurer's (the
 * tenant filter and row-level security decide which rows).
 */
@Path("/queries/log")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN, Names.INSURER_ADMIN})
@OneConnectionPages
public class QueryLogResource {

    @CheckedTemplate(basePath = "query")
    static class Templates {
        static native TemplateInstance log(QueryLog log, boolean everyInsurer);
    }

    @Inject
    ActingInsurer actingInsurer;

    @GET
    public TemplateInstance log(@QueryParam("page") int page) {
        return Templates.log(QueryLog.page(page), ActingInsurer.ALL_READ_ONLY.equals(actingInsurer.tenant()));
    }
}
