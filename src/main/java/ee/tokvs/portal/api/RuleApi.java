package ee.tokvs.portal.api;

import ee.tokvs.portal.catalogue.PublishedRule;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The rule catalogue, open to every caller: each rule's code (the {@code errors[].code} of a refusal), level, field,
 * legal basis and message, in the language of {@code Accept-Language}. Read from the rule engine itself.
 */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleApi {

    @Inject
    RuleMessages messages;

    @GET
    @Operation(operationId = "listRules", summary = "Every rule the portal checks data by, as published",
            description = "Open without a token. A refusal's errors[].code is one of these codes.")
    @APIResponse(responseCode = "200", description = "The rule catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedRule.class),
                    examples = @ExampleObject(name = "rules", value = ApiExamples.RULES)))
    @SecurityRequirementsSet
    public List<PublishedRule> rules(
            @Parameter(description = ApiDocument.ACCEPT_LANGUAGE) @HeaderParam("Accept-Language") String acceptLanguage) {
        return PublishedRule.all(messages, ApiTexts.languageOf(acceptLanguage));
    }
}
