package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.claim.Claim;
import ee.tokvs.portal.claim.ClaimBatch;
import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.claim.ClaimSetWrite;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.claim.MoneyRow;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import ee.tokvs.portal.shared.web.RefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Claims over the API: create or change one by its number, add its money rows, read it back. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@ActsForInsurer(submits = true)
@Tag(name = "claims", description = "Claims (kahjujuhtum) and their payouts, recoveries, reserves and outstanding recoveries")
public class ClaimApi {

    /** A claim as read back, with its money rows. */
    public record ClaimView(String claimNumber, String contractNumber, int version, LocalDate receivedDate,
            String incidentNumber, LocalDate incidentDate, String status, String incidentType, String severity,
            @Schema(nullable = true) String specialty, @Schema(nullable = true) String additionalCompetence,
            boolean handlingFinished, @Schema(nullable = true) LocalDate finishedDate,
            List<ItemView> payouts, List<ItemView> recoveries, List<ItemView> reserves,
            List<ItemView> outstandingRecoveries) {
    }

    /**
     * A money row; the reductions belong to payouts only, and are null on the other kinds. A correction's reversal
     * (its original's date and type, the opposite amount) has its reason; an original has none.
     */
    public record ItemView(LocalDate date, String type, BigDecimal amount,
            @Schema(nullable = true) BigDecimal generalReductionPct, @Schema(nullable = true) BigDecimal eventReductionPct,
            @Schema(nullable = true) String correctionReason) {
    }

    @Inject
    ClaimService claims;

    @Inject
    ApiCalls calls;

    @Inject
    Receipts receipts;

    /** Creates the claim, or changes it when this insurer already has one by that number. */
    @PUT
    @Path("{number}")
    @Operation(operationId = "putClaim", summary = "Create the claim, or change it when this insurer has one by this number")
    @APIResponse(responseCode = "201", description = "Created: the receipt, with the submission's deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
                    examples = @ExampleObject(name = "created", value = ApiExamples.CLAIM_SAVED)))
    @APIResponse(responseCode = "200", description = "Changed, unchanged, or checked (checkOnly=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    public Response put(@PathParam("number") String number, @BeanParam ApiCall call,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimRequest.class),
                    examples = @ExampleObject(name = "claim", value = ApiExamples.CLAIM))) byte[] body) {
        return calls.write("claim.put", call, body, ClaimRequest.class, request -> put(number, request, call));
    }

    /** Many claims at once, all or nothing: each created or changed as by PUT, findings at /claims/{number}/…. */
    @POST
    @Operation(operationId = "putClaims", summary = "Create or change up to 10,000 claims at once, all or nothing")
    @APIResponse(responseCode = "200", description = "All saved (or checked): each claim's receipt under its number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchReceipt.class),
                    examples = @ExampleObject(name = "batchSaved", value = ApiExamples.BATCH_SAVED)))
    public Response putMany(@BeanParam ApiCall call,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimBatchRequest.class),
                    examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH))) byte[] body) {
        return calls.write("claim.batch", call, body, ClaimBatchRequest.class, ApiJson.MAX_BATCH_BYTES, request -> {
            calls.checkBatch("claims", request.claims(), ClaimBatchRequest.MAX_RECORDS, call);
            Map<String, ClaimForm> forms = new LinkedHashMap<>();
            request.claims().forEach((number, claim) -> forms.put(number, claim.toForm(number)));
            // The set path, as a claims file takes: judged one by one, written as sets.
            ClaimBatch batch = claims.saveAll(forms);
            if (batch.isRefused()) {
                Map<String, Findings> refused = new LinkedHashMap<>();
                batch.saves().forEach((number, save) -> {
                    if (save.isRefused()) {
                        refused.put("/claims" + ApiTexts.pointer(number), save.findings());
                    }
                });
                return new ApiCalls.Saved(null, refused);
            }
            Language language = ApiTexts.languageOf(call.acceptLanguage);
            Map<String, Receipt> saved = new LinkedHashMap<>();
            batch.saves().forEach((number, save) -> {
                ClaimSetWrite.Written written = batch.written().get(number);
                saved.put(number, written == null
                        ? receipts.of(save.result(), save.findings(), RecordType.CLAIM, save.after().id(), number,
                                save.after().lockVersion(), null, language)
                        : receipts.of(save.result(), save.findings(), RecordType.CLAIM, written.id(), number,
                                written.version(), written.event(), language));
            });
            return ApiCalls.Saved.of(new BatchReceipt(false, saved));
        });
    }

    private ApiCalls.Saved put(String number, ClaimRequest request, ApiCall call) {
        Optional<Claim> existing = Claim.findByNumber(number);
        return saved(existing.isPresent() ? claims.changeIfValid(existing.get(), request.toForm(number))
                : claims.createIfValid(request.toForm(number)), call);
    }

    @POST
    @Path("{number}/{kind: payouts|recoveries|reserves|outstanding-recoveries}")
    @Operation(operationId = "addClaimItem", summary = "Add a payout, recovery, reserve or outstanding recovery to a claim")
    @APIResponse(responseCode = "200", description = "Saved, or checked (checkOnly=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
                    examples = @ExampleObject(name = "payoutAdded", value = ApiExamples.PAYOUT_ADDED)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response addItem(@PathParam("number") String number,
            @Parameter(schema = @Schema(enumeration = {"payouts", "recoveries", "reserves", "outstanding-recoveries"}))
            @PathParam("kind") String kind, @BeanParam ApiCall call,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ItemRequest.class),
                    examples = @ExampleObject(name = "payout", value = ApiExamples.PAYOUT))) byte[] body) {
        ItemForm.Kind itemKind = ItemForm.Kind.ofPath(kind);
        return calls.write("claim." + kind, call, body, ItemRequest.class, request -> {
            Claim claim = Claim.findByNumber(number).orElseThrow(() -> calls.notFound(call, "claim_not_found", number));
            return saved(claims.addItemIfValid(claim, itemKind, request.toForm()), call);
        });
    }

    @GET
    @Path("{number}")
    @ActsForInsurer
    @Operation(operationId = "readClaim", summary = "Read a claim back with its money rows")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class),
                    examples = @ExampleObject(name = "claim", value = ApiExamples.CLAIM_READ)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response read(@PathParam("number") String number,
            @Parameter(description = ApiDocument.ACCEPT_LANGUAGE) @HeaderParam("Accept-Language") String acceptLanguage) {
        return calls.readBack(Claim.findByNumber(number).map(ClaimApi::view), acceptLanguage, "claim_not_found", number);
    }

    private ApiCalls.Saved saved(SaveOutcome<Claim> outcome, ApiCall call) {
        return receipts.saved(outcome, RecordType.CLAIM, c -> c.id, c -> c.claimNumber, c -> c.lockVersion, call);
    }

    static ClaimView view(Claim c) {
        return new ClaimView(c.claimNumber, c.contract.contractNumber, c.lockVersion, c.receivedDate, c.incidentNumber,
                c.incidentDate, c.status, c.incidentType, c.severity, c.specialty, c.additionalCompetence,
                c.handlingFinished, c.finishedDate,
                items(c.payouts, p -> new ItemView(p.paidOn, p.damageType, p.amount, p.generalReductionPct, p.eventReductionPct,
                        p.correctionReason)),
                items(c.recoveries, r -> new ItemView(r.receivedOn, r.recoveryType, r.amount, null, null, r.correctionReason)),
                items(c.reserves, r -> new ItemView(r.setOn, r.damageType, r.amount, null, null, r.correctionReason)),
                items(c.outstandingRecoveries, r -> new ItemView(r.setOn, r.recoveryType, r.amount, null, null, r.correctionReason)));
    }

    private static <R extends MoneyRow> List<ItemView> items(List<R> rows, java.util.function.Function<R, ItemView> view) {
        return rows.stream().sorted(java.util.Comparator.comparing((R r) -> r.id)).map(view).toList();
    }

    @ServerExceptionMapper({RefusedException.class, io.quarkus.security.ForbiddenException.class,
            jakarta.ws.rs.ForbiddenException.class})
    Response refused(HttpHeaders headers) {
        return calls.forbidden(headers);
    }
}
