package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.claim.Claim;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.claim.MoneyRow;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Claims over the API: create or change one by its number, add its money rows, read it back. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@ActsForInsurer(submits = true)
public class ClaimApi {

    /** A claim as read back, with its money rows. */
    public record ClaimView(String claimNumber, String contractNumber, int version, LocalDate receivedDate,
            String incidentNumber, LocalDate incidentDate, String status, String incidentType, String severity,
            String specialty, String additionalCompetence, boolean handlingFinished, LocalDate finishedDate,
            List<ItemView> payouts, List<ItemView> recoveries, List<ItemView> reserves,
            List<ItemView> outstandingRecoveries) {
    }

    public record ItemView(LocalDate date, String type, BigDecimal amount, BigDecimal generalReductionPct,
            BigDecimal eventReductionPct) {
    }

    @Inject
    ClaimService claims;

    @Inject
    ApiCalls calls;

    @Inject
    Receipts receipts;

    @Inject
    ApiTexts texts;

    /** Creates the claim, or changes it when this insurer already has one by that number. */
    @PUT
    @Path("{number}")
    public Response put(@PathParam("number") String number, @BeanParam ApiCall call, byte[] body) {
        return calls.write("claim.put", call, body, ClaimRequest.class, request -> {
            Optional<Claim> existing = Claim.findByNumber(number);
            return saved(existing.isPresent() ? claims.changeIfValid(existing.get(), request.toForm(number))
                    : claims.createIfValid(request.toForm(number)), call);
        });
    }

    @POST
    @Path("{number}/{kind: payouts|recoveries|reserves|outstanding-recoveries}")
    public Response addItem(@PathParam("number") String number, @PathParam("kind") String kind, @BeanParam ApiCall call,
            byte[] body) {
        ItemForm.Kind itemKind = ItemForm.Kind.ofPath(kind);
        return calls.write("claim." + kind, call, body, ItemRequest.class, request -> {
            Claim claim = Claim.findByNumber(number).orElseThrow(() -> new ApiException(
                    texts.notFound(call.acceptLanguage, "claim_not_found", number)));
            return saved(claims.addItemIfValid(claim, itemKind, request.toForm()), call);
        });
    }

    @GET
    @Path("{number}")
    @ActsForInsurer
    public Response read(@PathParam("number") String number, @HeaderParam("Accept-Language") String acceptLanguage) {
        return texts.readBack(Claim.findByNumber(number).map(ClaimApi::view), acceptLanguage, "claim_not_found", number);
    }

    private ApiCalls.Saved saved(SaveOutcome<Claim> outcome, ApiCall call) {
        return receipts.saved(outcome, RecordType.CLAIM, c -> c.id, c -> c.claimNumber, c -> c.lockVersion, call);
    }

    static ClaimView view(Claim c) {
        return new ClaimView(c.claimNumber, c.contract.contractNumber, c.lockVersion, c.receivedDate, c.incidentNumber,
                c.incidentDate, c.status, c.incidentType, c.severity, c.specialty, c.additionalCompetence,
                c.handlingFinished, c.finishedDate,
                items(c.payouts, p -> new ItemView(p.paidOn, p.damageType, p.amount, p.generalReductionPct, p.eventReductionPct)),
                items(c.recoveries, r -> new ItemView(r.receivedOn, r.recoveryType, r.amount, null, null)),
                items(c.reserves, r -> new ItemView(r.setOn, r.damageType, r.amount, null, null)),
                items(c.outstandingRecoveries, r -> new ItemView(r.setOn, r.recoveryType, r.amount, null, null)));
    }

    private static <R extends MoneyRow> List<ItemView> items(List<R> rows, java.util.function.Function<R, ItemView> view) {
        return rows.stream().sorted(java.util.Comparator.comparing((R r) -> r.id)).map(view).toList();
    }

    @ServerExceptionMapper({RefusedException.class, io.quarkus.security.ForbiddenException.class,
            jakarta.ws.rs.ForbiddenException.class})
    Response refused(HttpHeaders headers) {
        return ApiErrors.forbidden(texts, headers);
    }
}
