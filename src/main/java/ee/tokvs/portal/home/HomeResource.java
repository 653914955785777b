package ee.tokvs.portal.home;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.MandateException;
import ee.tokvs.portal.access.MandateLookup;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.dashboard.DashboardFilter;
import ee.tokvs.portal.dashboard.DashboardQueries;
import ee.tokvs.portal.dashboard.Dashboards;
import ee.tokvs.portal.dashboard.Figure;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.web.NoPortalRoleException;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The landing pages: "/" sends each user to the home of their role. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@OneConnectionPages
public class HomeResource {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance insurer(Insurer insurer, DashboardQueries.Line summary, List<Figure.Row> attention);

        static native TemplateInstance representative(List<MandateLookup.ValidMandate> mandates, String acting,
                boolean lost);

        static native TemplateInstance terviseamet(List<Insurer> insurers);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    MandateLookup mandates;

    @Inject
    Clock clock;

    @Inject
    DashboardQueries dashboardQueries;

    @Inject
    Dashboards dashboards;

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
        LocalDate today = Clocks.today(clock);
        // Row-level security keeps both to the insurer's own data: the last twelve months for the on-time rate,
        // every claim for what needs attention.
        DashboardFilter lastYear = DashboardFilter.of(p -> "from".equals(p) ? today.minusYears(1).toString() : null, today);
        DashboardFilter always = DashboardFilter.of(p -> "from".equals(p) ? "2000-01-01" : null, today);
        return Templates.insurer(insurer, dashboardQueries.summary(lastYear),
                dashboards.attention(always, today, false).rows());
    }

    @GET
    @Path("representative")
    @RolesAllowed(Names.REPRESENTATIVE)
    public TemplateInstance representativeHome() {
        return Templates.representative(validMandates(), actingInsurer.insurerCode().orElse(null),
                actingInsurer.mandateLost());
    }

    /** A representative chooses the insurer to act for; allowed only under a valid mandate of its company. */
    @POST
    @Path("representative/act")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.REPRESENTATIVE)
    public Response actFor(@RestForm String insurerCode) {
        boolean allowed = validMandates().stream().anyMatch(m -> m.insurerCode().equals(insurerCode));
        if (!allowed) {
            throw new MandateException(MandateException.Reason.LOST);
        }
        return Response.seeOther(URI.create("/claims")).cookie(choice(insurerCode, -1)).build();
    }

    @POST
    @Path("representative/leave")
    @RolesAllowed(Names.REPRESENTATIVE)
    public Response leave() {
        return Response.seeOther(URI.create("/representative")).cookie(choice("", 0)).build();
    }

    private List<MandateLookup.ValidMandate> validMandates() {
        return currentUser.representativeCompany()
                .map(o -> mandates.validFor(o.registryCode(), Clocks.today(clock)))
                .orElse(List.of());
    }

    private static NewCookie choice(String insurerCode, int maxAge) {
        return new NewCookie.Builder(ActingInsurer.CHOICE_COOKIE).value(insurerCode).path("/").maxAge(maxAge)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    @GET
    @Path("terviseamet")
    @RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance terviseametHome() {
        return Templates.terviseamet(Insurer.listByName());
    }
}
