/**
 * The API under {@code /api/v1}: contracts and claims for insurers' systems (docs/api.md). The OpenAPI definition
 * sits here because SmallRye reads {@code @OpenAPIDefinition} from a package (or a JAX-RS Application); its texts are
 * in {@link ee.tokvs.portal.api.ApiDocument} and {@link ee.tokvs.portal.api.ApiExamples}.
 */
@OpenAPIDefinition(
        info = @Info(title = "TOKVS API", version = "1", description = ApiDocument.DESCRIPTION),
        servers = @Server(url = "/", description = "The portal that serves this document (Terviseamet's TOKVS portal)"),
        security = @SecurityRequirement(name = ApiDocument.CLIENT_CREDENTIALS),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = ApiDocument.CLIENT_CREDENTIALS,
                        type = SecuritySchemeType.OAUTH2, description = ApiDocument.TOKEN,
                        flows = @OAuthFlows(clientCredentials = @OAuthFlow(
                                tokenUrl = "/realms/tokvs/protocol/openid-connect/token"))),
                parameters = @Parameter(name = ActingInsurer.REPRESENTED_PARTY, in = ParameterIn.HEADER,
                        description = "A representative names the insurer it acts for (its 8-digit registry code);"
                                + " it needs a valid mandate from that insurer. An insurer's own system leaves it out.",
                        schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{8}$"), example = "10000018"),
                responses = {
                        @APIResponse(name = ApiDocument.BAD_REQUEST, description = "The call cannot be read: no"
                                + " Idempotency-Key, no body, JSON that does not parse, an unknown field or a value of the"
                                + " wrong type (the field as a JSON pointer). Nothing was saved.",
                                content = @Content(mediaType = ApiProblem.MEDIA_TYPE,
                                        schema = @Schema(implementation = ApiProblem.class),
                                        examples = @ExampleObject(name = "unknownField", value = ApiExamples.UNKNOWN_FIELD))),
                        @APIResponse(name = ApiDocument.UNAUTHORIZED, description = "No bearer token, or one that is"
                                + " not valid for this API (audience tokvs-api)."),
                        @APIResponse(name = ApiDocument.FORBIDDEN, description = "This client may not make the call:"
                                + " no role for it, or no valid mandate from the insurer named in Represented-Party.",
                                content = @Content(mediaType = ApiProblem.MEDIA_TYPE,
                                        schema = @Schema(implementation = ApiProblem.class),
                                        examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN))),
                        @APIResponse(name = ApiDocument.NOT_FOUND, description = "This insurer has no record by that"
                                + " number (another insurer's record answers the same).",
                                content = @Content(mediaType = ApiProblem.MEDIA_TYPE,
                                        schema = @Schema(implementation = ApiProblem.class),
                                        examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND))),
                        @APIResponse(name = ApiDocument.TOO_LARGE, description = "The body is over 64 KB.",
                                content = @Content(mediaType = ApiProblem.MEDIA_TYPE,
                                        schema = @Schema(implementation = ApiProblem.class),
                                        examples = @ExampleObject(name = "tooLarge", value = ApiExamples.TOO_LARGE))),
                        @APIResponse(name = ApiDocument.UNPROCESSABLE, description = "The data breaks the rules"
                                + " (invalid_data: errors by field, each with its rule's code), has warnings the call did"
                                + " not accept (warnings_not_accepted), or the Idempotency-Key was used before for another"
                                + " call (idempotency_key_reused). Nothing was saved.",
                                content = @Content(mediaType = ApiProblem.MEDIA_TYPE,
                                        schema = @Schema(implementation = ApiProblem.class),
                                        examples = @ExampleObject(name = "invalidData", value = ApiExamples.INVALID_DATA))),
                        @APIResponse(name = ApiDocument.UNEXPECTED, description = "The call could not be handled and"
                                + " nothing was saved; the detail gives a reference for Terviseamet.",
                                content = @Content(mediaType = ApiProblem.MEDIA_TYPE,
                                        schema = @Schema(implementation = ApiProblem.class),
                                        examples = @ExampleObject(name = "unexpected", value = ApiExamples.UNEXPECTED)))}))
package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActingInsurer;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
