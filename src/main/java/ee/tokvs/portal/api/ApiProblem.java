package ee.tokvs.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}): a stable {@code code} for the
 * kind of problem and, for the data's own problems, one item per finding with the rule's code, the field as a
 * JSON pointer and the message in the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String type, String title, int status, String detail, String code, List<Item> errors,
        List<Item> warnings) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The data was read but breaks the rules (RFC 9110 §15.5.21); JAX-RS names no constant for it. */
    public static final int UNPROCESSABLE = 422;
    /** Where the codes are explained: the API's guide and the rule catalogue. */
    static final String TYPES = "https://tokvs.terviseamet.ee/problems/";

    /** One finding: the rule's code (its message key), the field as a JSON pointer, and what it says. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String code, String pointer, String message) {
    }

    static ApiProblem of(int status, String code, String title, String detail) {
        return new ApiProblem(TYPES + code, title, status, detail, code, null, null);
    }

    ApiProblem withFindings(List<Item> errors, List<Item> warnings) {
        return new ApiProblem(type, title, status, detail, code, errors.isEmpty() ? null : errors,
                warnings.isEmpty() ? null : warnings);
    }

    Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
