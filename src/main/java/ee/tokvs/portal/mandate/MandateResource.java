package ee.tokvs.portal.mandate;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.reference.RepresentativeCompany;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormFields;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** Mandates: an insurer admin grants, ends and revokes its own; Terviseamet sees every one. */
@Path("/mandates")
@Produces(MediaType.TEXT_HTML)
@OneConnectionPages
public class MandateResource {

    /** The grant form as typed. */
    public record GrantForm(String representativeCode, boolean maySubmit, boolean mayQuery, String validFrom,
            String validTo) {

        /** The fields in the order mandate/mandates.html shows them, with their labels. */
        static final FormFields FIELDS = FormFields.of()
                .field("representativeCode", "mandate_representative_code")
                .field("scope", "mandate_scope")
                .field("validFrom", "mandate_valid_from")
                .field("validTo", "mandate_valid_to");
    }

    @CheckedTemplate(basePath = "mandate")
    static class Templates {
        static native TemplateInstance mandates(List<Mandate> mandates, Map<String, String> representatives,
                LocalDate today, boolean canEdit, GrantForm form, FormMessages messages);
    }

    @Inject
    MandateService service;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    FormWords words;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Names.INSURER_ADMIN, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance list() {
        return page(new GrantForm("", true, false, Clocks.today(clock).toString(), ""), FormMessages.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response grant(@RestForm String representativeCode, @RestForm boolean maySubmit, @RestForm boolean mayQuery,
            @RestForm String validFrom, @RestForm String validTo) {
        try {
            service.grant(representativeCode, maySubmit, mayQuery, validFrom, validTo);
            return Response.seeOther(URI.create("/mandates")).build();
        } catch (RuleViolationException e) {
            return FormResponses.refused(page(new GrantForm(representativeCode, maySubmit, mayQuery, validFrom, validTo),
                    words.of(e.findings(), GrantForm.FIELDS)));
        }
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response end(@PathParam("id") long id) {
        service.endToday(id);
        return Response.seeOther(URI.create("/mandates")).build();
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Names.INSURER_ADMIN)
    public Response revoke(@PathParam("id") long id) {
        service.revoke(id);
        return Response.seeOther(URI.create("/mandates")).build();
    }

    private TemplateInstance page(GrantForm form, FormMessages messages) {
        Map<String, String> names = RepresentativeCompany.<RepresentativeCompany>listAll().stream()
                .collect(Collectors.toMap(c -> c.registryCode, c -> c.name, (a, b) -> a));
        return Templates.mandates(Mandate.newestFirst(), names, Clocks.today(clock),
                actingInsurer.insurerCode().isPresent(), form, messages);
    }

}
