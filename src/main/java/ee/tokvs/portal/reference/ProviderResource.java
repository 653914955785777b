package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.rules.Rule;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormFields;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import io.quarkus.panache.common.Parameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Terviseamet's register of healthcare providers: search, add, correct (risk-profile changes kept as
 * history), the to-do list of codes insurers entered, and the CSV import of the whole list.
 */
@Path("/reference/providers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
@OneConnectionPages
public class ProviderResource {

    static final int PAGE_SIZE = 50;
    /** The provider list is a few thousand rows; anything far larger is not a provider list. */
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    /** An import problem worded for the page. */
    public record ProblemLine(long row, String column, String value, String message) {
    }

    @CheckedTemplate(basePath = "reference")
    static class Templates {
        static native TemplateInstance unknownProviders(List<HealthcareProvider> providers);

        static native TemplateInstance providers(List<HealthcareProvider> providers, String q, int page, boolean hasNext,
                boolean canEdit);

        static native TemplateInstance provider(HealthcareProvider provider, List<ReferenceChange> history,
                ProviderRules.Draft form, FormMessages messages, boolean canEdit);

        static native TemplateInstance importResult(ProviderService.ImportResult result, List<ProblemLine> problems,
                String fileName);
    }

    @Inject
    ProviderService providers;

    @Inject
    FormWords words;

    @Inject
    SecurityIdentity identity;

    private boolean canEdit() {
        return identity.hasRole(Names.TERVISEAMET_ADMIN);
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") int page) {
        int current = Math.max(page, 0);
        String term = q == null ? "" : q.strip().toLowerCase();
        List<HealthcareProvider> rows = HealthcareProvider.<HealthcareProvider>find(
                "lower(coalesce(name, '')) like :q or registryCode like :q order by registryCode",
                Parameters.with("q", "%" + term + "%"))
                .range(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE).list(); // a page and one more row
        boolean hasNext = rows.size() > PAGE_SIZE;
        return Templates.providers(hasNext ? rows.subList(0, PAGE_SIZE) : rows, q, current, hasNext, canEdit());
    }

    @GET
    @Path("unknown")
    public TemplateInstance unknown() {
        return Templates.unknownProviders(HealthcareProvider.list("known = false order by createdAt desc"));
    }

    @GET
    @Path("new")
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public TemplateInstance newProvider() {
        return Templates.provider(null, List.of(), new ProviderRules.Draft("", "", ""), FormMessages.none(), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response add(@RestForm String registryCode, @RestForm String name, @RestForm String riskProfile) {
        return save(null, registryCode, name, riskProfile);
    }

    @GET
    @Path("{code}")
    public TemplateInstance show(@PathParam("code") String code) {
        HealthcareProvider provider = find(code);
        return Templates.provider(provider, history(code), new ProviderRules.Draft(provider.registryCode,
                provider.name, provider.riskProfile), FormMessages.none(), canEdit());
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response change(@PathParam("code") String code, @RestForm String name, @RestForm String riskProfile) {
        return save(find(code), code, name, riskProfile);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response importList(@RestForm("file") FileUpload file) throws IOException {
        ProviderService.ImportResult result;
        String fileName = file == null ? "" : file.fileName();
        if (file == null || file.size() == 0) {
            result = refusedFile(ReferenceRules.IMPORT_EMPTY);
        } else if (file.size() > MAX_IMPORT_BYTES) {
            result = refusedFile(ReferenceRules.IMPORT_TOO_LARGE);
        } else {
            String text = utf8(Files.readAllBytes(file.uploadedFile()));
            result = text == null ? refusedFile(ReferenceRules.IMPORT_NOT_UTF8) : providers.importCsv(new StringReader(text));
        }
        List<ProblemLine> problems = result.problems().stream().map(p -> new ProblemLine(p.row(), p.column(), p.value(),
                words.word(p.finding())))
                .toList();
        TemplateInstance page = Templates.importResult(result, problems, fileName);
        return problems.isEmpty() ? FormResponses.ok(page) : FormResponses.refused(page);
    }

    private static ProviderService.ImportResult refusedFile(Rule rule) {
        return new ProviderService.ImportResult(0, 0, 0, List.of(new ProviderService.RowProblem(0, "", "", rule.at())));
    }

    /** The file's text if it is UTF-8 (a BOM is dropped), else null. */
    static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The provider form's fields in the page's order, with their labels. */
    private static final FormFields PROVIDER_FIELDS = FormFields.of().field(ProviderRules.CODE, "col_registry_code")
            .field(ProviderRules.NAME, "col_name").field(ProviderRules.RISK_PROFILE, "provider_risk_profile");

    private Response save(HealthcareProvider existing, String code, String name, String riskProfile) {
        try {
            HealthcareProvider saved = providers.save(code, name, riskProfile);
            return Response.seeOther(URI.create("/reference/providers/" + saved.registryCode)).build();
        } catch (RuleViolationException e) {
            return FormResponses.refused(Templates.provider(existing, existing == null ? List.of() : history(code),
                    new ProviderRules.Draft(code, name, riskProfile),
                    words.of(e.findings(), PROVIDER_FIELDS), true));
        }
    }

    private static HealthcareProvider find(String code) {
        return HealthcareProvider.findByCode(code).orElseThrow(NotFoundException::new);
    }

    private static List<ReferenceChange> history(String code) {
        return ReferenceChange.list("subject = 'PROVIDER' and subjectKey = ?1 order by changedAt desc, id desc", code);
    }
}
