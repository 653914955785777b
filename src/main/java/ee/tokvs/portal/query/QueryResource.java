package ee.tokvs.portal.query;

import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.IgnoredInput;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import ee.tokvs.portal.shared.web.SheetExport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The §4 questions as pages: an insurer's people (and representatives whose mandate allows queries) ask by a provider's
 * registry code or by a risk profile, read the answer, download it as CSV or XLSX ({@code ?format=}) or open it as a
 * printable statement; each of these asks {@link RiskQueries} afresh, so each is logged ({@link QueryLogResource}).
 */
@Path("/queries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@ActsForInsurer(queries = true)
@OneConnectionPages
public class QueryResource {

    @CheckedTemplate(basePath = "query")
    static class Templates {
        static native TemplateInstance ask(Question question, FormMessages messages, AnswerView answer);

        static native TemplateInstance print(Question question, Statement statement, AnswerView answer);
    }

    @Inject
    RiskQueries queries;

    @Inject
    AnswerViews views;

    @Inject
    FormWords words;

    @Inject
    IgnoredInput ignoredInput;

    @Inject
    Clock clock;

    @Inject
    UiLocale ui;

    /** §4(3),(4) by a provider's business-registry code. */
    @GET
    @Path("provider")
    public Response provider(@QueryParam("registryCode") String registryCode, @QueryParam("format") String format) {
        return page(Question.provider(registryCode), format, () -> views.of(queries.providerReport(registryCode)));
    }

    @GET
    @Path("provider/print")
    public Response providerPrint(@QueryParam("registryCode") String registryCode) {
        return print(Question.provider(registryCode), () -> queries.providerReportAsked(registryCode).map(views::of));
    }

    /** §4(6),(7) by a risk profile. */
    @GET
    @Path("profile")
    public Response profile(@QueryParam("riskProfile") String riskProfile, @QueryParam("format") String format) {
        return page(Question.profile(riskProfile), format, () -> views.of(queries.profileStatistics(riskProfile)));
    }

    @GET
    @Path("profile/print")
    public Response profilePrint(@QueryParam("riskProfile") String riskProfile) {
        return print(Question.profile(riskProfile), () -> queries.profileStatisticsAsked(riskProfile).map(views::of));
    }

    /** The form, and once something is asked the answer below it, or the file of it. */
    private Response page(Question question, String format, Supplier<AnswerView> ask) {
        return answering(question, ask, answer -> {
            if ("csv".equals(format) || "xlsx".equals(format)) {
                return SheetExport.download(answer.sheets(), "TOKVS", format, question.fileName(Clocks.today(clock)),
                        ui.language());
            }
            if (format != null && !format.isEmpty()) {
                ignoredInput.add(format);
            }
            return FormResponses.ok(Templates.ask(question, FormMessages.none(), answer));
        });
    }

    /** The answer as a dated statement, numbered by its line in the query log. */
    private Response print(Question question, Supplier<Asked<AnswerView>> ask) {
        return answering(question, ask, asked -> FormResponses.ok(Templates.print(question, views.statement(asked),
                asked.answer())));
    }

    /** The answer shown as {@code shown} shows it; without a question the form, a refused one at its field. */
    private <A> Response answering(Question question, Supplier<A> ask, Function<A, Response> shown) {
        if (!question.isAsked()) {
            return FormResponses.ok(Templates.ask(question, FormMessages.none(), null));
        }
        A answer;
        try {
            answer = ask.get();
        } catch (RuleViolationException e) {
            return FormResponses.refused(Templates.ask(question, words.of(e.findings(), question.fields()), null));
        }
        return shown.apply(answer);
    }
}
