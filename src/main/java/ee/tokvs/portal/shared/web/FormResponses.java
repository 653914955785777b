package ee.tokvs.portal.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * A form post's answer when it is a page rather than a redirect: mostly the form again, with what the user
 * sent and why it was not saved. HTML in UTF-8, whatever the status ({@link HtmlCharset}).
 */
public final class FormResponses {

    private static final int UNPROCESSABLE_CONTENT = 422;

    private FormResponses() {
    }

    /** 422: the input was refused; the page shows the findings beside what was typed. */
    public static Response refused(TemplateInstance page) {
        return html(UNPROCESSABLE_CONTENT, page);
    }

    /** 409: the record changed since the form was opened; the page shows it as it is now. */
    public static Response conflict(TemplateInstance page) {
        return html(Response.Status.CONFLICT.getStatusCode(), page);
    }

    /** 200: a post whose answer is a page rather than a redirect, such as a file's import report. */
    public static Response ok(TemplateInstance page) {
        return html(Response.Status.OK.getStatusCode(), page);
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HtmlCharset.HTML_UTF8).entity(page).build();
    }
}
