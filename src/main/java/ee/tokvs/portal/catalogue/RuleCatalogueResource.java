package ee.tokvs.portal.catalogue;

import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The rule catalogue as a page, open to everyone: the rules are published, as supervisors publish theirs. */
@Path("/rules")
@Produces(MediaType.TEXT_HTML)
@OneConnectionPages
public class RuleCatalogueResource {

    @CheckedTemplate(basePath = "catalogue")
    static class Templates {
        static native TemplateInstance rules(List<PublishedRule> rules);
    }

    @Inject
    RuleMessages messages;

    @Inject
    UiLocale ui;

    @GET
    public TemplateInstance rules() {
        return Templates.rules(PublishedRule.all(messages, ui.language()));
    }
}
