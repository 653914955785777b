package ee.tokvs.portal.claim;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.FormResponses;
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
import jakarta.ws.rs.core.Context;
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

    @CheckedTemplate(basePath = "claim")
    static class Templates {
        static native TemplateInstance list(ClaimSearch.Result result, ClaimFilter filter, String query, int page,
                boolean canEdit, FormMessages none);

        static native TemplateInstance form(ClaimForm form, FormMessages messages, Claim claim);

        static native TemplateInstance item(ItemForm form, FormMessages messages, ItemForm.Kind kind, Claim claim);

        static native TemplateInstance detail(Claim claim, ClaimTotals totals, List<SubmissionEvent> history,
                boolean canEdit);
    }

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


    private boolean canEdit() {
        return actingInsurer.maySubmit();
    }

    @GET
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance list(@BeanParam ClaimFilter filter, @Context UriInfo uri) {
        ClaimSearch search = new ClaimSearch(filter, Clocks.today(clock), ignoredInput::date, specialtyGroups::specialtiesOf);
        // The pager keeps the address as it came, but for the page.
        String query = uri.getQueryParameters().entrySet().stream().filter(e -> !e.getKey().equals("page"))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Templates.list(search.run(), filter, query, filter.pageNumber(), canEdit(), FormMessages.none());
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
            return FormResponses.refused(Templates.form(form, messages(e), null));
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
            return FormResponses.refused(Templates.form(form, messages(e), claims.get(id)));
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
            return FormResponses.refused(Templates.item(form, messages(e), itemKind, claims.get(id)));
        } catch (ConflictException | OptimisticLockException e) {
            Claim current = claims.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return FormResponses.conflict(Templates.item(form, words.conflict(), itemKind, current));
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
        return words.of(e.findings());
    }

    private static Response seeClaim(Claim claim) {
        return Response.seeOther(URI.create("/claims/" + claim.id)).build();
    }
}
