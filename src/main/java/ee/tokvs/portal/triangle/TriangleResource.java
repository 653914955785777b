package ee.tokvs.portal.triangle;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.dashboard.DashboardExecutor;
import ee.tokvs.portal.reference.RegisterNames;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.IgnoredInput;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import ee.tokvs.portal.shared.web.SheetExport;
import ee.tokvs.portal.triangle.Triangle.Measure;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Terviseamet's claims development triangles: a GET form (the year at whose end they stand, one insurer or all, one
 * measure or all three) and the tables it asks for; {@code format=csv|xlsx} downloads the same tables.
 */
@Path("/dashboards/triangles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
@OneConnectionPages
public class TriangleResource {

    @CheckedTemplate(basePath = "triangle")
    static class Templates {
        static native TemplateInstance triangles(TriangleFilter filter, List<Integer> years, String summary,
                List<TriangleTables.Part> parts);
    }

    @Inject
    TriangleQueries queries;

    @Inject
    TriangleTables tables;

    @Inject
    DashboardExecutor analyticalReads;

    @Inject
    RegisterNames names;

    @Inject
    IgnoredInput ignoredInput;

    @Inject
    UiLocale ui;

    @Inject
    Clock clock;

    @GET
    public Response page(@Context UriInfo uri) {
        var params = uri.getQueryParameters();
        List<Integer> years = TriangleFilter.years(Clocks.today(clock).getYear() - 1, queries.firstIncidentYear());
        TriangleFilter filter = TriangleFilter.read(params::getFirst, years, names::isInsurer, ignoredInput::add);
        String format = params.getFirst("format");
        boolean file = "csv".equals(format) || "xlsx".equals(format);
        if (!file && format != null && !format.isEmpty()) {
            ignoredInput.add(format);
        }
        // in its turn with the dashboards' queries (DashboardExecutor), on a connection of its own
        Map<Measure, Triangle> triangles = analyticalReads.call(() -> queries.triangles(filter.asOf(), filter.insurer(),
                EnumSet.copyOf(filter.measures())));
        List<TriangleTables.Part> parts = tables.of(filter, triangles);
        if (file) {
            return SheetExport.download(tables.sheets(filter, parts), tables.texts().triangle_sheet(), format,
                    filter.fileName(), ui.language());
        }
        return FormResponses.ok(Templates.triangles(filter, years, tables.summary(filter), parts));
    }
}
