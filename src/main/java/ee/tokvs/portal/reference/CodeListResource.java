package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormFields;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.OneConnectionPages;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Terviseamet's code-list pages: every list to read; add, retire and bring back entries for admins. */
@Path("/reference/code-lists")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Names.TERVISEAMET_ANALYST, Names.TERVISEAMET_ADMIN})
@OneConnectionPages
public class CodeListResource {

    /** What the add form holds, typed back on a refusal. */
    public record NewEntry(String code, String labelEt, String labelEn, String parentCode) {
        /** The fields in the page's order, with their labels. */
        static final FormFields FIELDS = FormFields.of().field(CodeListService.CODE, "code_col_code")
                .field(CodeListService.LABEL_ET, "code_col_et").field(CodeListService.LABEL_EN, "code_col_en")
                .field(CodeListService.PARENT, "field_specialty");
    }

    @CheckedTemplate(basePath = "reference")
    static class Templates {
        static native TemplateInstance codeLists(List<CodeList> lists, CodeList list, List<CodeListEntry> entries,
                boolean canEdit, NewEntry form, FormMessages messages);
    }

    @Inject
    CodeListService service;

    @Inject
    FormWords words;

    @Inject
    SecurityIdentity identity;

    @GET
    public Response index() {
        return Response.seeOther(URI.create("/reference/code-lists/" + CodeList.INCIDENT_TYPE.name())).build();
    }

    @GET
    @Path("{list}")
    public TemplateInstance show(@PathParam("list") String list) {
        CodeList codeList = listOf(list);
        return page(codeList, new NewEntry("", "", "", ""), FormMessages.none());
    }

    @POST
    @Path("{list}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response add(@PathParam("list") String list, @RestForm String code, @RestForm String labelEt,
            @RestForm String labelEn, @RestForm String parentCode) {
        CodeList codeList = listOf(list);
        try {
            service.add(codeList, code, labelEt, labelEn, parentCode);
            return backTo(codeList);
        } catch (RuleViolationException e) {
            return FormResponses.refused(page(codeList, new NewEntry(code, labelEt, labelEn, parentCode),
                    words.of(e.findings(), NewEntry.FIELDS)));
        }
    }

    @POST
    @Path("{list}/{code}/retire")
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response retire(@PathParam("list") String list, @PathParam("code") String code) {
        CodeList codeList = listOf(list);
        service.retire(codeList, code);
        return backTo(codeList);
    }

    @POST
    @Path("{list}/{code}/reactivate")
    @RolesAllowed(Names.TERVISEAMET_ADMIN)
    public Response reactivate(@PathParam("list") String list, @PathParam("code") String code) {
        CodeList codeList = listOf(list);
        service.reactivate(codeList, code);
        return backTo(codeList);
    }

    private TemplateInstance page(CodeList list, NewEntry form, FormMessages messages) {
        return Templates.codeLists(Arrays.asList(CodeList.values()), list, CodeListEntry.of(list),
                identity.hasRole(Names.TERVISEAMET_ADMIN), form, messages);
    }

    private static Response backTo(CodeList list) {
        return Response.seeOther(URI.create("/reference/code-lists/" + list.name())).build();
    }

    private static CodeList listOf(String name) {
        try {
            return CodeList.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
