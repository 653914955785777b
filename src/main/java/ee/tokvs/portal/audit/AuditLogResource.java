package ee.tokvs.portal.audit;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.IgnoredInput;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The audit log of submissions: an insurer admin sees its own insurer's (the tenant filter and row-level
 * security decide which), Terviseamet sees every insurer's and may choose one. Newest first, optionally only the
 * late ones and those of a period of business dates (the dashboards' compliance figures open it so).
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.INSURER_ADMIN, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
@OneConnectionPages
public class AuditLogResource {

    @Inject
    ActingInsurer acting;

    @Inject
    FormWords words;

    @Inject
    IgnoredInput ignoredInput;

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance log(AuditSearch search, AuditSearch.Result result, boolean everyInsurer,
                FormMessages messages);
    }

    @GET
    public TemplateInstance log(@BeanParam AuditFilter filter) {
        boolean everyInsurer = ActingInsurer.ALL_READ_ONLY.equals(acting.tenant());
        Findings unreadable = new Findings();
        AuditSearch search = AuditSearch.read(filter, everyInsurer, unreadable);
        FormMessages messages = words.of(unreadable, AuditSearch.FIELDS);
        // said at the field, and in the page's notice of what the search left out, as the other lists say it
        if (messages.has(AuditSearch.FROM)) {
            ignoredInput.add(filter.from);
        }
        if (messages.has(AuditSearch.TO)) {
            ignoredInput.add(filter.to);
        }
        return Templates.log(search, search.run(), everyInsurer, messages);
    }
}
