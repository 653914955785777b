package ee.tokvs.portal.api;

import ee.tokvs.portal.catalogue.PublishedRule;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import jakarta.inject.Inject;
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
    public List<PublishedRule> rules(@HeaderParam("Accept-Language") String acceptLanguage) {
        return PublishedRule.all(messages, ApiTexts.languageOf(acceptLanguage));
    }
}
