package ee.tokvs.portal.upload;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.ActsForInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole.Names;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.Rule;
import ee.tokvs.portal.shared.web.FormMessages;
import ee.tokvs.portal.shared.web.FormResponses;
import ee.tokvs.portal.shared.web.Cell;
import ee.tokvs.portal.shared.web.FormWords;
import ee.tokvs.portal.shared.web.OneConnectionPages;
import ee.tokvs.portal.shared.web.SheetExport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploads of contracts and claims: the page with the form, the templates and examples, and the history;
 * a running upload's progress; a finished one's summary and problem report, also as CSV or XLSX.
 */
@Path("/uploads")
@Produces(MediaType.TEXT_HTML)
@ActsForInsurer
@RolesAllowed({Names.INSURER_STAFF, Names.INSURER_ADMIN, Names.REPRESENTATIVE})
@OneConnectionPages
public class UploadResource {

    private static final int PROBLEMS_PER_PAGE = 100;

    /** A problem worded in the reader's language. */
    public record ProblemView(Integer row, String column, String value, String message, boolean error) {
    }

    @CheckedTemplate(basePath = "upload")
    static class Templates {
        static native TemplateInstance uploads(List<Upload> history, FormMessages messages, String kind,
                boolean acceptWarnings, boolean canUpload, int maxMegabytes);

        static native TemplateInstance result(Upload upload, Optional<UploadProgress.Step> step, boolean interrupted,
                List<ProblemView> problems, int page, boolean hasNext, Optional<Upload> earlier);

        static native TemplateInstance result$status(Upload upload, Optional<UploadProgress.Step> step,
                boolean interrupted);
    }

    @Inject
    UploadService uploads;

    @Inject
    UploadLimits limits;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    FormWords words;

    @Inject
    UiLocale ui;

    @Inject
    UiTexts texts;

    @GET
    public TemplateInstance page() {
        return page(FormMessages.none(), UploadKind.CLAIMS.name(), false);
    }

    private TemplateInstance page(FormMessages messages, String kind, boolean acceptWarnings) {
        return Templates.uploads(Upload.latest(50), messages, kind, acceptWarnings, actingInsurer.maySubmit(),
                maxMegabytes());
    }

    private int maxMegabytes() {
        return (int) (limits.maxBytes() / (1024 * 1024));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ActsForInsurer(submits = true)
    public Response upload(@RestForm String kind, @RestForm boolean acceptWarnings, @RestForm boolean checkOnly,
            @RestForm("file") FileUpload file) throws IOException {
        UploadKind uploadKind = UploadKind.parse(kind).orElse(null);
        try {
            if (uploadKind == null) {
                return refused(UploadRules.NO_KIND, kind, acceptWarnings);
            }
            Upload upload = uploads.accept(currentUser.actor(), uploadKind,
                    file == null ? null : file.uploadedFile(), file == null ? null : file.fileName(),
                    new UploadService.Options(acceptWarnings, ui.language() == Language.ET, checkOnly));
            return Response.seeOther(URI.create(upload.path())).build();
        } catch (UploadService.NotAccepted e) {
            return refused(e.rule(), kind, acceptWarnings);
        }
    }

    private Response refused(Rule rule, String kind, boolean acceptWarnings) {
        FormMessages messages = words.of(new Findings().add(rule.at(String.valueOf(maxMegabytes()))));
        return FormResponses.refused(page(messages, kind, acceptWarnings));
    }

    @GET
    @Path("{id}")
    public TemplateInstance result(@PathParam("id") long id, @QueryParam("page") int page) {
        UploadService.State state = uploads.state(id);
        Upload upload = state.upload();
        int from = Math.max(0, page);
        List<UploadProblem> found = UploadProblem.of(id, from, PROBLEMS_PER_PAGE + 1);
        boolean hasNext = found.size() > PROBLEMS_PER_PAGE;
        List<ProblemView> problems = found.stream().limit(PROBLEMS_PER_PAGE).map(this::view).toList();
        return Templates.result(upload, state.step(), state.interrupted(), problems, from, hasNext,
                upload.status == Upload.Status.DONE ? upload.earlierSameFile() : Optional.empty());
    }

    /**
     * The progress part of the page, polled until the upload is final (a cut-off one too: the next start records
     * it as failed); once final the whole page reloads.
     */
    @GET
    @Path("{id}/status")
    public Response status(@PathParam("id") long id) {
        UploadService.State state = uploads.state(id);
        Upload upload = state.upload();
        Response.ResponseBuilder response = Response.ok(Templates.result$status(upload, state.step(), state.interrupted()));
        if (upload.status.isFinished()) {
            response.header("HX-Refresh", "true");
        }
        return response.build();
    }

    @GET
    @Path("{id}/problems.{format: csv|xlsx}")
    public Response problems(@PathParam("id") long id, @PathParam("format") String format) {
        Upload upload = uploads.get(id);
        Language language = ui.language();
        SheetExport.Table table = new SheetExport.Table() {
            @Override
            public String sheetName() {
                return texts.text("upload_problems_sheet", language);
            }

            @Override
            public List<String> header() {
                return List.of(texts.text("import_row", language), texts.text("import_column", language),
                        texts.text("import_value", language), texts.text("upload_level", language),
                        texts.text("import_message", language));
            }

            @Override
            public void rows(SheetExport.RowSink sink) throws IOException {
                long last = 0;
                for (List<UploadProblem> piece = UploadProblem.after(id, last, 1000); !piece.isEmpty();
                        piece = UploadProblem.after(id, last, 1000)) {
                    for (UploadProblem p : piece) {
                        ProblemView v = view(p);
                        sink.row(List.of(v.row() == null ? Cell.empty() : Cell.count(v.row()), Cell.text(v.column()),
                                Cell.text(v.value()), Cell.text(texts.text(v.error() ? "upload_level_error"
                                        : "upload_level_warning", language)), Cell.text(v.message())));
                        last = p.id;
                    }
                    UploadProblem.getEntityManager().clear();
                }
            }
        };
        return SheetExport.download(table, format, "upload-" + upload.id + "-" + table.sheetName(), language);
    }

    /** A kind's empty template: the header row in the user's language. */
    @GET
    @Path("templates/{kind: contracts|claims}.{format: csv|xlsx}")
    public Response template(@PathParam("kind") String kind, @PathParam("format") String format) {
        UploadKind uploadKind = UploadKind.valueOf(kind.toUpperCase());
        boolean estonian = ui.language() == Language.ET;
        SheetExport.Table table = new SheetExport.Table() {
            @Override
            public String sheetName() {
                return estonian ? uploadKind.sheetEstonian : uploadKind.sheetEnglish;
            }

            @Override
            public List<String> header() {
                return uploadKind.columns.stream().map(c -> c.name(estonian)).toList();
            }

            @Override
            public void rows(SheetExport.RowSink sink) {
                // A template is its header only.
            }
        };
        return SheetExport.download(table, format, table.sheetName(), ui.language());
    }

    /** A small example file of a kind that the demo data accepts as it is. */
    @GET
    @Path("examples/{kind: contracts|claims}.{format: csv|xlsx}")
    public Response example(@PathParam("kind") String kind, @PathParam("format") String format) throws IOException {
        UploadKind uploadKind = UploadKind.valueOf(kind.toUpperCase());
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = UploadResource.class.getResourceAsStream("/upload-examples/" + kind + ".csv")) {
            if (in == null) {
                throw new NotFoundException();
            }
            CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        SheetExport.Table table = new SheetExport.Table() {
            @Override
            public String sheetName() {
                return uploadKind.sheetEstonian;
            }

            @Override
            public List<String> header() {
                return rows.get(0);
            }

            @Override
            public void rows(SheetExport.RowSink sink) throws IOException {
                for (List<String> row : rows.subList(1, rows.size())) {
                    sink.row(Cell.texts(row));
                }
            }
        };
        // The example is Estonian data in the upload layout, written as the file is, whatever the page's language.
        return SheetExport.download(table, format, texts.text("upload_example_file", ui.language()) + "-" + table.sheetName(),
                Language.ET);
    }

    private ProblemView view(UploadProblem problem) {
        return new ProblemView(problem.rowNumber, problem.columnName, problem.cellValue,
                words.word(problem.finding()), problem.isError());
    }
}
