package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.shared.web.RefusedException;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Reconciliation: the caller's own submissions, oldest first, after a cursor (the last event id it has seen), from
 * every channel. A claims system compares them with what it sent, and reads back any record they name.
 */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@ActsForInsurer
public class SubmissionApi {

    static final int MAX_LIMIT = 1000;

    /** One page of submissions and the cursor for the next ({@code after} of the last one; the same when none). */
    public record Page(List<Item> items, long next) {
    }

    /** A submission: which record, what happened, its dates, and which way it came. */
    public record Item(long id, SubmissionEvent.RecordType recordType, String recordNumber, String action,
            LocalDate businessDate, LocalDate deadline, boolean late, Instant submittedAt, SubmissionEvent.Channel channel) {
    }

    @Inject
    ApiCalls calls;

    @GET
    @Operation(operationId = "listSubmissions", summary = "The caller's own submissions after a cursor, oldest first")
    @APIResponse(responseCode = "200", description = "A page of submissions and the cursor for the next page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "submissions", value = ApiExamples.SUBMISSIONS)))
    public Page list(@Parameter(description = "The id of the last submission already seen (0 for the first page)")
            @QueryParam("after") @DefaultValue("0") long after,
            @Parameter(description = "At most this many (1–" + MAX_LIMIT + ")") @QueryParam("limit") @DefaultValue("500") int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Item> items = SubmissionEvent.<SubmissionEvent>find("id > ?1 order by id", after).page(0, size).list().stream()
                .map(e -> new Item(e.id, e.recordType, e.recordLabel, e.action, e.businessDate, e.deadline, e.late,
                        e.submittedAt, e.channel))
                .toList();
        return new Page(items, items.isEmpty() ? after : items.get(items.size() - 1).id());
    }

    @ServerExceptionMapper({RefusedException.class, ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    Response refused(HttpHeaders headers) {
        return calls.forbidden(headers);
    }
}
