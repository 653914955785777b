package ee.tokvs.portal.claim;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.IgnoredInput;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The claim register's pages: filtered list, create, change, money rows, and a claim's totals and history. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
@ActsForInsurer
public class ClaimResource {

    /** The filter as typed, for showing it back in the form. */
    public record Filter(String status, String incidentType, String severity, String specialty, String open,
            String receivedFrom, String receivedTo, String incidentFrom, String incidentTo, String contractNumber,
            String incidentNumber, String insurer, String riskProfile, String attention, String damageType,
            String recoveryType) {

        /** The message naming a data-quality list, if the list is one. */
        public String attentionKey() {
            ClaimSearch.Attention known = ClaimSearch.Attention.parse(attention);
            return known == null ? null : "claims_attention_" + known.name();
        }
    }

    @CheckedTemplate(basePath = "claim")
    static class Templates {
        static native TemplateInstance list(ClaimSearch.Result result, Filter filter, String query, int page,
                boolean canEdit, FormMessages none);

        static native TemplateInstance form(ClaimForm form, FormMessages messages, Claim claim);

        static native TemplateInstance item(ItemForm form, FormMessages messages, ItemForm.Kind kind, Claim claim);

        static native TemplateInstance detail(Claim claim, ClaimTotals totals, List<SubmissionEvent> history,
                boolean canEdit);
    }

    @Inject
    ClaimService claims;

    @Inject
    RuleMessages ruleMessages;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    UiLocale ui;

    @Inject
    java.time.Clock clock;

    @Inject
    IgnoredInput ignoredInput;


    private boolean canEdit() {
        return actingInsurer.maySubmit();
    }

    @GET
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance list(@jakarta.ws.rs.core.Context UriInfo uri) {
        var q = uri.getQueryParameters();
        Filter filter = new Filter(q.getFirst("status"), q.getFirst("incidentType"), q.getFirst("severity"),
                q.getFirst("specialty"), q.getFirst("open"), q.getFirst("receivedFrom"), q.getFirst("receivedTo"),
                q.getFirst("incidentFrom"), q.getFirst("incidentTo"), q.getFirst("contractNumber"),
                q.getFirst("incidentNumber"), q.getFirst("insurer"), q.getFirst("riskProfile"), q.getFirst("attention"),
                q.getFirst("damageType"), q.getFirst("recoveryType"));
        int page = parsePage(q.getFirst("page"));
        Boolean open = "true".equals(filter.open()) ? Boolean.TRUE : "false".equals(filter.open()) ? Boolean.FALSE : null;
        ClaimSearch search = new ClaimSearch(filter.status(), filter.incidentType(), filter.severity(), filter.specialty(),
                open, ignoredInput.date(filter.receivedFrom()), ignoredInput.date(filter.receivedTo()),
                ignoredInput.date(filter.incidentFrom()), ignoredInput.date(filter.incidentTo()),
                filter.contractNumber(), filter.incidentNumber(), filter.insurer(), filter.riskProfile(),
                ClaimSearch.Attention.parse(filter.attention()), filter.damageType(), filter.recoveryType(),
                Clocks.today(clock), page);
        String query = q.entrySet().stream().filter(e -> !e.getKey().equals("page"))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Templates.list(search.run(), filter, query, page, canEdit(), FormMessages.none());
    }

    private static int parsePage(String raw) {
        try {
            return raw == null ? 0 : Math.max(0, Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return 0;
        }
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
            return refused(Templates.form(form, messages(e), null));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance detail(@PathParam("id") long id) {
        Claim claim = claims.get(id);
        return Templates.detail(claim, ClaimTotals.of(claim),
                SubmissionEvent.forRecord(SubmissionEvent.RecordType.CLAIM, claim.id), canEdit());
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
            return refused(Templates.form(form, messages(e), claims.get(id)));
        } catch (ConflictException | OptimisticLockException e) {
            Claim current = claims.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return conflict(Templates.form(form, FormMessages.conflict(ruleMessages, ui.language()), current));
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
            return refused(Templates.item(form, messages(e), itemKind, claims.get(id)));
        } catch (ConflictException | OptimisticLockException e) {
            Claim current = claims.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return conflict(Templates.item(form, FormMessages.conflict(ruleMessages, ui.language()), itemKind, current));
        }
    }

    private static ItemForm.Kind kindOf(String path) {
        ItemForm.Kind kind = ItemForm.Kind.ofPath(path);
        if (kind == null) {
            throw new NotFoundException();
        }
        return kind;
    }

    private FormMessages messages(RuleViolationException e) {
        return FormMessages.of(e.findings(), ruleMessages, ui.language());
    }

    private static Response seeClaim(Claim claim) {
        return Response.seeOther(URI.create("/claims/" + claim.id)).build();
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response conflict(TemplateInstance page) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
