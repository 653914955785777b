package ee.tokvs.portal.claim;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.audit.SavedThisRequest;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.IgnoredInput;
import ee.tokvs.portal.shared.web.RefusedException;
import ee.tokvs.portal.shared.web.SheetExport;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.i18n.UiTexts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The claim register's pages: filtered list, create, change, money rows, and a claim's totals and history. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
@ActsForInsurer
@OneConnectionPages
public class ClaimResource {

    @CheckedTemplate(basePath = "claim")
    static class Templates {
        static native TemplateInstance list(ClaimSearch.Result result, ClaimFilter filter, String query,
                String unsorted, boolean canEdit, FormMessages none);

        static native TemplateInstance form(ClaimForm form, FormMessages messages, Claim claim);

        static native TemplateInstance item(ItemForm form, FormMessages messages, ItemForm.Kind kind, Claim claim);

        static native TemplateInstance correct(ItemForm form, FormMessages messages, ItemForm.Kind kind, Claim claim,
                ClaimSnapshot.Item original);

        static native TemplateInstance detail(Claim claim, ClaimTotals totals, List<SubmissionEvent> history,
                boolean canEdit, SubmissionEvent saved);
    }

    @Inject
    SavedThisRequest savedThisRequest;

    @Inject
    ee.tokvs.portal.reference.SpecialtyGroups specialtyGroups;

    @Inject
    ClaimService claims;

    @Inject
    FormWords words;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    java.time.Clock clock;

    @Inject
    IgnoredInput ignoredInput;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClaimExport export;

    @Inject
    UiTexts texts;

    @Inject
    UiLocale ui;


    private boolean canEdit() {
        return actingInsurer.maySubmit();
    }

    @GET
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance list(@BeanParam ClaimFilter filter, @Context UriInfo uri) {
        // The pager keeps the address as it came but for the page; the headings and the export also set the sort.
        return Templates.list(search(filter).run(), filter, query(uri, "page"), query(uri, "page", "sort"), canEdit(),
                FormMessages.none());
    }

    /**
     * The claims the list's filter finds, in its order, as CSV or XLSX in the reader's language. Made whole before it
     * is sent (with the request's session and acting insurer at hand), so at most {@link ClaimSearch#EXPORT_LIMIT}.
     */
    @GET
    @Path("export.{format: csv|xlsx}")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public Response export(@BeanParam ClaimFilter filter, @PathParam("format") String format)
            throws java.io.IOException {
        ClaimSearch search = search(filter);
        if (search.count() > ClaimSearch.EXPORT_LIMIT) {
            throw new ExportTooLarge();
        }
        Language language = ui.language();
        return SheetExport.downloadNow(export.table(search, !canEdit(), language), format,
                texts.text("claims_title", language) + "-" + Clocks.today(clock), language);
    }

    /** More claims than one export holds: the 403 page asks to narrow the filter. */
    static class ExportTooLarge extends RefusedException {
        ExportTooLarge() {
            super("claim export over " + ClaimSearch.EXPORT_LIMIT);
        }

        @Override
        public String messageKey() {
            return "error_claims_export_too_large";
        }
    }

    private ClaimSearch search(ClaimFilter filter) {
        return new ClaimSearch(filter, Clocks.today(clock), ignoredInput::date, specialtyGroups::specialtiesOf);
    }

    /** The address's query, every value of each parameter, but for those left out. */
    private static String query(UriInfo uri, String... leftOut) {
        List<String> out = List.of(leftOut);
        return uri.getQueryParameters().entrySet().stream().filter(e -> !out.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    @GET
    @Path("new")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public TemplateInstance newClaim() {
        ClaimForm form = new ClaimForm();
        form.status = ClaimRules.STATUS_SUBMITTED;
        return Templates.form(form, FormMessages.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public Response create(@BeanParam ClaimForm form) {
        try {
            return seeClaim(claims.create(form));
        } catch (RuleViolationException e) {
            return FormResponses.refused(Templates.form(form, words.of(e.findings(), ClaimForm.FIELDS), null));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance detail(@PathParam("id") long id, @RestQuery String saved) {
        Claim claim = claims.get(id);
        List<SubmissionEvent> history = SubmissionEvent.forRecord(SubmissionEvent.RecordType.CLAIM, claim.id);
        return Templates.detail(claim, ClaimTotals.of(claim), history, canEdit(),
                SubmissionEvent.saved(history, saved, currentUser.username()));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Claim claim = claims.get(id);
        return Templates.form(ClaimForm.from(claim), FormMessages.none(), claim);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public Response change(@PathParam("id") long id, @BeanParam ClaimForm form) {
        try {
            return seeClaim(claims.change(id, form));
        } catch (RuleViolationException e) {
            return FormResponses.refused(
                    Templates.form(form, words.of(e.findings(), ClaimForm.FIELDS), claims.get(id)));
        } catch (ConflictException | OptimisticLockException e) {
            Claim current = claims.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return FormResponses.conflict(Templates.form(form, words.conflict(), current));
        }
    }

    @GET
    @Path("{id}/{kind}/new")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public TemplateInstance itemForm(@PathParam("id") long id, @PathParam("kind") String kind) {
        ItemForm.Kind itemKind = kindOf(kind);
        Claim claim = claims.get(id);
        ItemForm form = new ItemForm();
        form.lockVersion = String.valueOf(claim.lockVersion);
        return Templates.item(form, FormMessages.none(), itemKind, claim);
    }

    @POST
    @Path("{id}/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public Response addItem(@PathParam("id") long id, @PathParam("kind") String kind, @BeanParam ItemForm form) {
        ItemForm.Kind itemKind = kindOf(kind);
        try {
            return seeClaim(claims.addItem(id, itemKind, form));
        } catch (RuleViolationException e) {
            return FormResponses.refused(
                    Templates.item(form, words.of(e.findings(), itemKind.fields()), itemKind, claims.get(id)));
        } catch (ConflictException | OptimisticLockException e) {
            Claim current = claims.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return FormResponses.conflict(Templates.item(form, words.conflict(), itemKind, current));
        }
    }

    /** The correction of a stored money row: its reversal with a reason and, optionally, the right row. */
    @GET
    @Path("{id}/{kind}/{item}/correct")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public TemplateInstance correctForm(@PathParam("id") long id, @PathParam("kind") String kind,
            @PathParam("item") long item) {
        ItemForm.Kind itemKind = kindOf(kind);
        Claim claim = claims.get(id);
        ItemForm form = new ItemForm();
        form.lockVersion = String.valueOf(claim.lockVersion);
        return Templates.correct(form, FormMessages.none(), itemKind, claim, originalOf(claim, itemKind, item));
    }

    @POST
    @Path("{id}/{kind}/{item}/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public Response correct(@PathParam("id") long id, @PathParam("kind") String kind, @PathParam("item") long item,
            @BeanParam ItemForm form) {
        ItemForm.Kind itemKind = kindOf(kind);
        ClaimSnapshot.Item original = originalOf(claims.get(id), itemKind, item);
        try {
            return seeClaim(claims.correct(id, itemKind, item, form));
        } catch (RuleViolationException e) {
            return FormResponses.refused(Templates.correct(form, words.of(e.findings(), itemKind.correctionFields()),
                    itemKind, claims.get(id), original));
        } catch (ConflictException | OptimisticLockException e) {
            Claim current = claims.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return FormResponses.conflict(Templates.correct(form, words.conflict(), itemKind, current, original));
        }
    }

    private static ClaimSnapshot.Item originalOf(Claim claim, ItemForm.Kind kind, long item) {
        ClaimSnapshot.Item original = claim.snapshot().original(kind, item);
        if (original == null) {
            throw new NotFoundException();
        }
        return original;
    }

    private static ItemForm.Kind kindOf(String path) {
        ItemForm.Kind kind = ItemForm.Kind.ofPath(path);
        if (kind == null) {
            throw new NotFoundException();
        }
        return kind;
    }

    /** The claim's page, confirming the save just made and its deadline. */
    private Response seeClaim(Claim claim) {
        return Response.seeOther(savedThisRequest.pageOf(SubmissionEvent.RecordType.CLAIM, claim.id)).build();
    }
}
