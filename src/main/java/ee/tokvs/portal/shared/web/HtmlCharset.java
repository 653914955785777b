package ee.tokvs.portal.shared.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every HTML page says it is UTF-8. A page built as a {@code Response} (the refused form's 422, the 409 of
 * a conflict) otherwise goes out as plain {@code text/html}: the resource's {@code @Produces} wins over the
 * type the response was given, and a browser may then guess another encoding for the Estonian letters.
 * Runs last of the response filters, after the templates are rendered.
 */
public class HtmlCharset {

    static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @ServerResponseFilter(priority = 1)
    public void declareUtf8(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, HTML_UTF8);
        }
    }
}
