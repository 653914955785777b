package ee.tokvs.portal.api;

import ee.tokvs.portal.shared.web.RefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * What the API answers when the web layer refuses a call before it starts (no role, no valid mandate): problem
 * details, where a page would get an HTML error page. The API's resources map their refusals here.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static Response forbidden(ApiTexts texts, HttpHeaders headers) {
        return texts.problem(ApiTexts.languageOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                Response.Status.FORBIDDEN.getStatusCode(), "forbidden").response();
    }
}
