package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.query.ProfileStatistics;
import ee.tokvs.portal.query.ProviderReport;
import ee.tokvs.portal.query.RiskQueries;
import ee.tokvs.portal.shared.web.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The §4 questions over the API: a provider's risk report (§4(3),(4)) and a risk profile's statistics (§4(6),(7)),
 * asked of {@link RiskQueries} as the portal's pages ask them, so the answers, the checks and the log are the same;
 * the log names the channel API and the client system. Reads only: no Idempotency-Key. A representative needs a
 * mandate with the query scope.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@ActsForInsurer(queries = true)
@Tag(name = "queries", description = "What insurers may query back (§4): figures from every insurer's records, counts"
        + " and sums only; every question is logged with who asked, for which insurer and when")
public class RiskQueryApi {

    private static final String REFERENCE = "The question's number in the query log, as a printed statement of the"
            + " portal gives it: cite it to Terviseamet about this answer";

    private static final String LOGGED = " Every question is logged (who, for which insurer, which client, about what,"
            + " when); a representative needs a mandate with the query scope.";

    @Inject
    RiskQueries queries;

    @Inject
    ApiCalls calls;

    @GET
    @Path("providers/{registryCode}/risk-report")
    @Operation(operationId = "providerRiskReport", summary = "A healthcare provider's risk report (§4(3),(4))",
            description = "For risk assessment when quoting: the provider's risk profile, its contracts (how many, by"
                    + " insured sums, the first period's start, the latest period's end) and its claims by the year of"
                    + " the incident, from every insurer's records." + LOGGED)
    @APIResponse(responseCode = "200", description = "The report (for a code the register has never seen: provider"
            + " null, no contracts, no claims)", headers = @Header(name = ApiCalls.QUERY_REFERENCE, description = REFERENCE,
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderReport.class),
                    examples = @ExampleObject(name = "providerReport", value = ApiExamples.PROVIDER_REPORT)))
    @APIResponse(responseCode = "422", description = "Not a valid business-registry code (invalid_query, the error at"
            + " /registryCode). Nothing was asked or logged.",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class),
                    examples = @ExampleObject(name = "invalidRegistryCode", value = ApiExamples.INVALID_QUERY)))
    public Response providerReport(
            @Parameter(description = "The provider's business-registry code: 8 digits, the last a check digit",
                    example = "90000015") @PathParam("registryCode") String registryCode,
            @Parameter(description = ApiDocument.ACCEPT_LANGUAGE) @HeaderParam("Accept-Language") String acceptLanguage) {
        return calls.ask(acceptLanguage, () -> queries.providerReportAsked(registryCode));
    }

    @GET
    @Path("risk-profiles/{riskProfile}/statistics")
    @Operation(operationId = "riskProfileStatistics", summary = "A risk profile's statistics (§4(6),(7))",
            description = "For premium rating: the contracts and insured days by the year the insurance period started,"
                    + " and the claims by the year of the incident, of every provider Terviseamet now gives the profile,"
                    + " from every insurer's records." + LOGGED)
    @APIResponse(responseCode = "200", description = "The statistics", headers = @Header(name = ApiCalls.QUERY_REFERENCE,
            description = REFERENCE, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfileStatistics.class),
                    examples = @ExampleObject(name = "profileStatistics", value = ApiExamples.PROFILE_STATISTICS)))
    @APIResponse(responseCode = "422", description = "Not a risk profile of the code list (invalid_query, the error at"
            + " /riskProfile, rule_code_unknown). Nothing was asked or logged.",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response profileStatistics(
            @Parameter(description = "A risk profile: a code of the RISK_PROFILE code list (listed on the portal's"
                    + " page /reference/code-lists/RISK_PROFILE)", example = "LARGE_HOSPITAL")
            @PathParam("riskProfile") String riskProfile,
            @Parameter(description = ApiDocument.ACCEPT_LANGUAGE) @HeaderParam("Accept-Language") String acceptLanguage) {
        return calls.ask(acceptLanguage, () -> queries.profileStatisticsAsked(riskProfile));
    }

    @ServerExceptionMapper({RefusedException.class, io.quarkus.security.ForbiddenException.class,
            jakarta.ws.rs.ForbiddenException.class})
    Response refused(HttpHeaders headers) {
        return calls.forbidden(headers);
    }
}
