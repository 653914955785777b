package ee.tokvs.portal.audit;

import ee.tokvs.portal.access.PortalRole.Names;
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
import ee.tokvs.portal.shared.web.IgnoredInput;
import jakarta.inject.Inject;
import java.time.LocalDate;
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

    @Inject
    IgnoredInput ignoredInput;

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance log(List<SubmissionEvent> events, boolean lateOnly, String insurer, LocalDate from,
                LocalDate to, int page, boolean hasNext);
    }

    @GET
    public TemplateInstance log(@QueryParam("late") boolean lateOnly, @QueryParam("insurer") String insurer,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page) {
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
        // The dashboard's compliance trend opens the business dates of one month within its period.
        LocalDate since = ignoredInput.date(from);
        LocalDate until = ignoredInput.date(to);
        if (since != null && until != null) {
            where.append(" and businessDate between :from and :to");
            params.and("from", since).and("to", until);
        } else {
            since = null;
            until = null;
        }
        List<SubmissionEvent> events = SubmissionEvent.<SubmissionEvent>find(where.toString(),
                Sort.descending("submittedAt", "id"), params)
                // a page and one more row, to know whether another page follows (Page.of(current, PAGE_SIZE + 1) would
                // start each later page one row further on, skipping a row per page)
                .range(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE).list();
        boolean hasNext = events.size() > PAGE_SIZE;
        return Templates.log(hasNext ? events.subList(0, PAGE_SIZE) : events, lateOnly, one, since, until, current,
                hasNext);
    }
}
