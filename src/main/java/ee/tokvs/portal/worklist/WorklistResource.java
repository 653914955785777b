package ee.tokvs.portal.worklist;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** The opt-in to the worklist's morning e-mail, from the insurer's home. */
@Path("/worklist")
public class WorklistResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    WorklistPage page;

    @Inject
    UiLocale ui;

    /**
     * {@code mail=true} opts in (or changes the language), anything else opts out; the language is the chosen one, else
     * the page's. Back to the home page's mail section, which says what now holds.
     */
    @POST
    @Path("mail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN})
    public Response mail(@RestForm String mail, @RestForm String language) {
        if ("true".equals(mail)) {
            subscriptions.optIn(page.email(), Language.fromCode(language).orElse(ui.language()));
        } else {
            subscriptions.optOut();
        }
        return Response.seeOther(URI.create("/insurer#worklist-mail")).build();
    }
}
