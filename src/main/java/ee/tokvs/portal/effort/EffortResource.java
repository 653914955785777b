package ee.tokvs.portal.effort;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The effort question's answers: kept from the insurer's side, read by Terviseamet by task and month. */
@Path("/effort")
@Produces(MediaType.TEXT_HTML)
@OneConnectionPages
public class EffortResource {

    @CheckedTemplate(basePath = "effort")
    static class Templates {
        static native TemplateInstance scores(List<EffortAnswers.Score> scores, List<EffortAnswers.Comment> comments);
    }

    @Inject
    EffortAnswers answers;

    /**
     * An answer, or "not now" ({@code action=later}): kept once per person, task and day; back to the page it was
     * asked on. Anything unreadable is left out rather than refused: the question is never in the way of the work.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer
    public Response answer(@RestForm String task, @RestForm String score, @RestForm String comment,
            @RestForm String action, @RestForm String back) {
        EffortTask known = EffortTask.parse(task);
        if (known != null) {
            boolean later = "later".equals(action);
            answers.keep(known, later ? null : scoreOf(score), later ? null : commentOf(comment));
        }
        return Response.seeOther(URI.create(safe(back))).build();
    }

    @GET
    @RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance scores() {
        return Templates.scores(answers.scores(), answers.comments());
    }

    private static Integer scoreOf(String score) {
        try {
            int value = Integer.parseInt(score == null ? "" : score.strip());
            return value >= 1 && value <= 7 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String commentOf(String comment) {
        String text = comment == null ? "" : comment.strip();
        return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 2000));
    }

    /** A page of this portal to come back to; home for anything else (no open redirect). */
    static String safe(String back) {
        return back != null && back.matches("/[A-Za-z0-9/_-]*") && !back.startsWith("//") ? back : "/";
    }
}
