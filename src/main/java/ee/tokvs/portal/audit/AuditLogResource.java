package ee.tokvs.portal.audit;

import ee.tokvs.portal.access.PortalRole.Names;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit log of submissions: an insurer admin sees its own insurer's (the tenant filter and row-level
 * security decide which), Terviseamet sees every insurer's. Newest first, optionally only the late ones.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.INSURER_ADMIN, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
public class AuditLogResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance log(List<SubmissionEvent> events, boolean lateOnly, String insurer, String month,
                int page, boolean hasNext);
    }

    @GET
    public TemplateInstance log(@QueryParam("late") boolean lateOnly, @QueryParam("insurer") String insurer,
            @QueryParam("month") String month, @QueryParam("page") int page) {
        int current = Math.max(page, 0);
        // Terviseamet may narrow the log to one insurer (the dashboard's late list); an insurer sees its own anyway.
        String one = insurer != null && insurer.matches("\\d{8}") ? insurer : null;
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (lateOnly) {
            where.append(" and late = true");
        }
        if (one != null) {
            where.append(" and insurerCode = :insurer");
            params.and("insurer", one);
        }
        // The dashboard's compliance trend opens one month of business dates.
        YearMonth inMonth = month(month);
        if (inMonth != null) {
            where.append(" and businessDate between :monthStart and :monthEnd");
            params.and("monthStart", inMonth.atDay(1)).and("monthEnd", inMonth.atEndOfMonth());
        }
        List<SubmissionEvent> events = SubmissionEvent.<SubmissionEvent>find(where.toString(),
                Sort.descending("submittedAt", "id"), params).page(Page.of(current, PAGE_SIZE + 1)).list();
        boolean hasNext = events.size() > PAGE_SIZE;
        return Templates.log(hasNext ? events.subList(0, PAGE_SIZE) : events, lateOnly, one,
                inMonth == null ? null : inMonth.toString(), current, hasNext);
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
