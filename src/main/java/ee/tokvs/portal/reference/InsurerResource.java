package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormFields;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The register of insurers: Terviseamet reads it, its admins add and change entries. */
@Path("/reference/insurers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
@OneConnectionPages
public class InsurerResource {

    /** The form as typed. */
    public record InsurerForm(String registryCode, String name, String licenceStatus) {
        /** The fields in the page's order, with their labels. */
        static final FormFields FIELDS = FormFields.of().field(InsurerService.CODE, "col_registry_code")
                .field(InsurerService.NAME, "col_name").field(InsurerService.LICENCE, "col_licence");
    }

    @CheckedTemplate(basePath = "reference")
    static class Templates {
        static native TemplateInstance insurers(List<Insurer> insurers, List<Insurer.LicenceStatus> statuses,
                boolean canEdit, InsurerForm form, FormMessages messages);
    }

    @Inject
    InsurerService service;

    @Inject
    FormWords words;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance list() {
        return page(new InsurerForm("", "", Insurer.LicenceStatus.ACTIVE.name()), FormMessages.none());
    }

    /** Adds an insurer, or changes the one with that registry code. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response save(@RestForm String registryCode, @RestForm String name, @RestForm String licenceStatus) {
        try {
            service.save(registryCode, name, licenceStatus);
            return Response.seeOther(URI.create("/reference/insurers")).build();
        } catch (RuleViolationException e) {
            return FormResponses.refused(page(new InsurerForm(registryCode, name, licenceStatus),
                    words.of(e.findings(), InsurerForm.FIELDS)));
        }
    }

    private TemplateInstance page(InsurerForm form, FormMessages messages) {
        return Templates.insurers(Insurer.listByName(), List.of(Insurer.LicenceStatus.values()),
                identity.hasRole(Names.TERVISEAMET_ADMIN), form, messages);
    }
}
