package ee.tokvs.portal.contract;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.audit.SavedThisRequest;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.reference.HealthcareProvider;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.IgnoredInput;
import ee.tokvs.portal.shared.web.OneConnectionPages;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/** The contract register's pages: list and search, conclude, amend, extend, and a contract's history. */
@Path("/contracts")
@Produces(MediaType.TEXT_HTML)
@ActsForInsurer
@OneConnectionPages
public class ContractResource {

    /** A version with what changed since the one before it. */
    public record VersionView(ContractVersion version, List<Change> changes, HealthcareProvider provider) {
    }

    @CheckedTemplate(basePath = "contract")
    static class Templates {
        static native TemplateInstance list(ContractSearch.Result result, String q, String from, String to, int page,
                Map<String, HealthcareProvider> providers, boolean canEdit);

        static native TemplateInstance form(ContractForm form, FormMessages messages, ChangeKind kind, Contract contract);

        static native TemplateInstance detail(Contract contract, List<VersionView> versions,
                List<SubmissionEvent> history, boolean canEdit, SubmissionEvent saved);
    }

    @Inject
    SavedThisRequest savedThisRequest;

    @Inject
    ContractService contracts;

    @Inject
    FormWords words;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    IgnoredInput ignoredInput;

    @Inject
    CurrentUser currentUser;


    private boolean canEdit() {
        return actingInsurer.maySubmit();
    }

    @GET
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") int page) {
        LocalDate fromDate = ignoredInput.date(from);
        LocalDate toDate = ignoredInput.date(to);
        ContractSearch.Result result = new ContractSearch(q, fromDate, toDate, page).run();
        Map<String, HealthcareProvider> providers = providersOf(result.rows());
        return Templates.list(result, q, from, to, Math.max(page, 0), providers, canEdit());
    }

    @GET
    @Path("new")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public TemplateInstance newContract() {
        ContractForm form = new ContractForm();
        form.changeKind = ChangeKind.CONCLUSION.name();
        return Templates.form(form, FormMessages.none(), ChangeKind.CONCLUSION, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public Response conclude(@BeanParam ContractForm form) {
        try {
            Contract contract = contracts.conclude(form);
            return seeContract(contract);
        } catch (RuleViolationException e) {
            return FormResponses.refused(Templates.form(form, messages(e.findings()), ChangeKind.CONCLUSION, null));
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE, Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
    public TemplateInstance detail(@PathParam("id") long id, @RestQuery String saved) {
        Contract contract = contracts.get(id);
        Map<String, HealthcareProvider> providers = providersOf(contract.versions);
        List<VersionView> views = new ArrayList<>();
        ContractDraft previous = null;
        for (ContractVersion version : contract.versions) {
            ContractDraft draft = version.toDraft();
            views.add(new VersionView(version, previous == null ? List.of() : draft.changesFrom(previous),
                    providers.get(version.policyholderCode)));
            previous = draft;
        }
        java.util.Collections.reverse(views);
        List<SubmissionEvent> history = SubmissionEvent.forRecord(SubmissionEvent.RecordType.CONTRACT, contract.id);
        return Templates.detail(contract, views, history, canEdit(),
                SubmissionEvent.saved(history, saved, currentUser.username()));
    }

    @GET
    @Path("{id}/{kind: amend|extend}")
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public TemplateInstance changeForm(@PathParam("id") long id, @PathParam("kind") String kind) {
        Contract contract = contracts.get(id);
        ChangeKind changeKind = kindOf(kind);
        return Templates.form(ContractForm.from(contract.current(), changeKind), FormMessages.none(), changeKind, contract);
    }

    @POST
    @Path("{id}/{kind: amend|extend}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
    @ActsForInsurer(submits = true)
    public Response change(@PathParam("id") long id, @PathParam("kind") String kind, @BeanParam ContractForm form) {
        ChangeKind changeKind = kindOf(kind);
        try {
            Contract contract = contracts.change(id, changeKind, form);
            return seeContract(contract);
        } catch (RuleViolationException e) {
            return FormResponses.refused(Templates.form(form, messages(e.findings()), changeKind, contracts.get(id)));
        } catch (ConflictException | OptimisticLockException e) {
            Contract current = contracts.get(id);
            form.lockVersion = String.valueOf(current.lockVersion);
            return FormResponses.conflict(
                    Templates.form(form, words.conflict(), changeKind, current));
        }
    }

    private static ChangeKind kindOf(String path) {
        return switch (path) {
            case "amend" -> ChangeKind.AMENDMENT;
            case "extend" -> ChangeKind.EXTENSION;
            default -> throw new NotFoundException();
        };
    }

    private FormMessages messages(Findings findings) {
        return words.of(findings, ContractForm.FIELDS);
    }

    private static Map<String, HealthcareProvider> providersOf(List<ContractVersion> versions) {
        List<String> codes = versions.stream().map(v -> v.policyholderCode).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        return HealthcareProvider.<HealthcareProvider>list("registryCode in ?1", codes).stream()
                .collect(Collectors.toMap(p -> p.registryCode, Function.identity()));
    }

    /** The contract's page, confirming the save just made and its deadline. */
    private Response seeContract(Contract contract) {
        return Response.seeOther(savedThisRequest.pageOf(SubmissionEvent.RecordType.CONTRACT, contract.id)).build();
    }
}
