package ee.tokvs.portal.worklist;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.claim.Claim;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A claim's follow-up date: the form to set, change or clear it, reached from the claim's page and back to it after.
 * The insurer's side keeps them (a representative under a mandate to submit, as for the claim itself).
 */
@Path("/follow-ups/{id}")
@Produces(MediaType.TEXT_HTML)
@ActsForInsurer(submits = true)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@OneConnectionPages
public class FollowUpResource {

    @CheckedTemplate(basePath = "worklist")
    static class Templates {
        static native TemplateInstance followUp(Claim claim, FollowUp current, FollowUpForm form, FormMessages messages);
    }

    @Inject
    FollowUps followUps;

    @Inject
    FormWords words;

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        Claim claim = claim(id);
        FollowUp current = followUps.of(claim.id);
        return Templates.followUp(claim, current, FollowUpForm.of(current), FormMessages.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @BeanParam FollowUpForm form) {
        try {
            if (form.clears()) {
                followUps.clear(id);
            } else {
                followUps.set(id, form);
            }
            return Response.seeOther(URI.create("/claims/" + id + "#follow-up")).build();
        } catch (RuleViolationException e) {
            Claim claim = claim(id);
            return FormResponses.refused(Templates.followUp(claim, followUps.of(claim.id), form,
                    words.of(e.findings(), FollowUpForm.FIELDS)));
        }
    }

    private static Claim claim(long id) {
        return Claim.<Claim>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }
}
