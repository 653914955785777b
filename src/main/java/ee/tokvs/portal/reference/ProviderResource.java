package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.PortalRole.Names;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Policyholder codes that insurers entered but the register lacks: Terviseamet's list to complete. */
@Path("/reference/providers/unknown")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
public class ProviderResource {

    @CheckedTemplate(basePath = "reference")
    static class Templates {
        static native TemplateInstance unknownProviders(List<HealthcareProvider> providers);
    }

    @GET
    public TemplateInstance unknown() {
        return Templates.unknownProviders(HealthcareProvider.list("known = false order by createdAt desc"));
    }
}
