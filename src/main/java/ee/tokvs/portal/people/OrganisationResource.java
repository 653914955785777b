package ee.tokvs.portal.people;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.people.Invitations.Invitation;
import ee.tokvs.portal.people.Onboarding.Kind;
import ee.tokvs.portal.reference.InsurerService;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormFields;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.FormWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Terviseamet's admin onboards insurers and representative companies (register row, Keycloak organisation, first
 * admin's invitation) and closes insurers (docs/security.md, "The portal's service account"). Keycloak unreachable:
 * the page says so, and nothing is kept.
 */
@Path("/organisations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Names.TERVISEAMET_ADMIN)
public class OrganisationResource {

    private static final Logger LOG = Logger.getLogger(OrganisationResource.class);
    private static final List<String> DONE = List.of("onboarded", "closed");

    /** The onboarding form as typed: what kind of organisation, which one, and its first admin. */
    public record NewOrganisation(Kind kind, String registryCode, String name, Invitation admin) {

        /** The fields in the page's order, with their labels. */
        static final FormFields FIELDS = FormFields.of().field(InsurerService.CODE, "people_org_registry_code")
                .field(InsurerService.NAME, "people_org_name")
                .field(Invitations.PERSONAL_CODE, "people_personal_code")
                .field(Invitations.FIRST_NAME, "people_first_name").field(Invitations.LAST_NAME, "people_last_name")
                .field(Invitations.EMAIL, "people_col_email");

        static NewOrganisation blank() {
            return new NewOrganisation(Kind.INSURER, "", "", new Invitation("", "", "", "", ""));
        }
    }

    /**
     * The page: the insurers and the representative companies (none while Keycloak is down), what the last post did,
     * the form and its messages, and whether Keycloak failed the change.
     */
    public record Page(List<Onboarding.Tenant> insurers, List<Onboarding.Tenant> companies, List<Kind> kinds,
            boolean unavailable, String done, NewOrganisation form, FormMessages messages, boolean failed) {
    }

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance organisations(Page page);
    }

    @Inject
    Onboarding onboarding;

    @Inject
    FormWords words;

    @GET
    public Response list(@QueryParam("done") String done) {
        String shown = done != null && DONE.contains(done) ? done : null;
        return page(200, shown, NewOrganisation.blank(), FormMessages.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(@RestForm String kind, @RestForm String registryCode, @RestForm String name,
            @RestForm String personalCode, @RestForm String firstName, @RestForm String lastName,
            @RestForm String email) {
        Kind what = Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(BadRequestException::new);
        NewOrganisation form = new NewOrganisation(what, registryCode, name,
                new Invitation(personalCode, firstName, lastName, email, what.firstAdmin.id));
        try {
            onboarding.onboard(what, registryCode, name, form.admin());
            return done("onboarded");
        } catch (RuleViolationException e) {
            return page(422, null, form, words.of(e.findings(), NewOrganisation.FIELDS));
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("the insurer %s was not onboarded: %s", registryCode, e.getMessage());
            return page(502, null, form, FormMessages.none());
        }
    }

    @POST
    @Path("{code}/close")
    public Response close(@PathParam("code") String registryCode) {
        try {
            onboarding.closeInsurer(registryCode);
            return done("closed");
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("the insurer %s was not closed: %s", registryCode, e.getMessage());
            return page(502, null, NewOrganisation.blank(), FormMessages.none());
        }
    }

    private static Response done(String done) {
        return Response.seeOther(UriBuilder.fromPath("/organisations").queryParam("done", done).build()).build();
    }

    private Response page(int status, String done, NewOrganisation form, FormMessages messages) {
        Map<Kind, List<Onboarding.Tenant>> tenants = Map.of();
        boolean unavailable = false;
        try {
            tenants = onboarding.tenants();
        } catch (People.KeycloakUnavailable e) {
            LOG.warnf("the organisations were not read: %s", e.getMessage());
            unavailable = true;
            status = 503;
        }
        TemplateInstance page = Templates.organisations(new Page(tenants.getOrDefault(Kind.INSURER, List.of()),
                tenants.getOrDefault(Kind.REPRESENTATIVE, List.of()), List.of(Kind.values()), unavailable, done, form,
                messages, status == 502));
        return status == 422 ? FormResponses.refused(page) : Response.status(status).entity(page).build();
    }
}
