package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.contract.Contract;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractVersion;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** Contracts over the API: conclude one, add a version (amendment or extension), read one back. */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@ActsForInsurer(submits = true)
@Tag(name = "contracts", description = "Insurance contracts (kindlustusleping) and their versions")
public class ContractApi {

    /** A contract as read back: its number and every version, oldest first. */
    public record ContractView(String contractNumber, int version, List<VersionView> versions) {
    }

    public record VersionView(int versionNo, ChangeKind changeKind, LocalDate changeDate, String policyholderCode,
            LocalDate periodStart, LocalDate periodEnd, BigDecimal sumPerEvent, BigDecimal sumAggregate) {
    }

    @Inject
    ContractService contracts;

    @Inject
    ApiCalls calls;

    @Inject
    Receipts receipts;

    /** Concludes a contract under the number in the path. */
    @POST
    @Path("{number}")
    @Operation(operationId = "concludeContract", summary = "Conclude a contract under this number")
    @APIResponse(responseCode = "201", description = "Saved: the receipt, with the submission's deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
                    examples = @ExampleObject(name = "concluded", value = ApiExamples.CONCLUDED)))
    @APIResponse(responseCode = "200", description = "checkOnly=true: the receipt a save would give, nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
                    examples = @ExampleObject(name = "checked", value = ApiExamples.CHECKED)))
    public Response conclude(@PathParam("number") String number, @BeanParam ApiCall call,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractRequest.class),
                    examples = @ExampleObject(name = "conclusion", value = ApiExamples.CONCLUSION))) byte[] body) {
        return calls.write("contract.conclude", call, body, ContractRequest.class, request -> saved(
                contracts.concludeIfValid(request.toForm(number, ChangeKind.CONCLUSION)), call));
    }

    /** A new version of a contract: an amendment or an extension. */
    @POST
    @Path("{number}/{kind: amendments|extensions}")
    @Operation(operationId = "changeContract", summary = "Add a version to a contract: an amendment or an extension")
    @APIResponse(responseCode = "200", description = "Saved (CHANGED, or UNCHANGED when nothing differs), or checked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
                    examples = @ExampleObject(name = "amended", value = ApiExamples.AMENDED)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response change(@PathParam("number") String number,
            @Parameter(schema = @Schema(enumeration = {"amendments", "extensions"})) @PathParam("kind") String kind,
            @BeanParam ApiCall call,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContractRequest.class),
                    examples = @ExampleObject(name = "amendment", value = ApiExamples.AMENDMENT))) byte[] body) {
        ChangeKind changeKind = kind.equals("amendments") ? ChangeKind.AMENDMENT : ChangeKind.EXTENSION;
        return calls.write("contract." + kind, call, body, ContractRequest.class, request -> {
            Contract contract = Contract.findByNumber(number)
                    .orElseThrow(() -> calls.notFound(call, "contract_not_found", number));
            return saved(contracts.changeIfValid(contract, changeKind, request.toForm(number, changeKind)), call);
        });
    }

    @GET
    @Path("{number}")
    @ActsForInsurer
    @Operation(operationId = "readContract", summary = "Read a contract back with every version, oldest first")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class),
                    examples = @ExampleObject(name = "contract", value = ApiExamples.CONTRACT)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response read(@PathParam("number") String number,
            @Parameter(description = ApiDocument.ACCEPT_LANGUAGE) @HeaderParam("Accept-Language") String acceptLanguage) {
        return calls.readBack(Contract.findByNumber(number).map(ContractApi::view), acceptLanguage, "contract_not_found",
                number);
    }

    private ApiCalls.Saved saved(SaveOutcome<Contract> outcome, ApiCall call) {
        return receipts.saved(outcome, RecordType.CONTRACT, c -> c.id, c -> c.contractNumber, c -> c.current().versionNo,
                call);
    }


    static ContractView view(Contract contract) {
        List<VersionView> versions = contract.versions.stream()
                .sorted(java.util.Comparator.comparingInt((ContractVersion v) -> v.versionNo))
                .map(v -> new VersionView(v.versionNo, v.changeKind, v.changeDate, v.policyholderCode, v.periodStart,
                        v.periodEnd, v.sumPerEvent, v.sumAggregate))
                .toList();
        return new ContractView(contract.contractNumber, contract.current().versionNo, versions);
    }

    @ServerExceptionMapper({RefusedException.class, io.quarkus.security.ForbiddenException.class,
            jakarta.ws.rs.ForbiddenException.class})
    Response refused(HttpHeaders headers) {
        return calls.forbidden(headers);
    }
}
