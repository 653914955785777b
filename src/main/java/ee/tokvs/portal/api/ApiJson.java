package ee.tokvs.portal.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import ee.tokvs.portal.shared.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * The API's JSON, read strictly: an unknown field, a number where text belongs (or text where a number does),
 * a date not in ISO form, or JSON that does not parse is the caller's mistake, answered 400 with the field as a
 * JSON pointer; a body over the limit is 413. Nothing is guessed.
 */
@ApplicationScoped
public class ApiJson {

    /** One record's body; a batch has its own limit. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** A batch of up to {@link ClaimBatchRequest#MAX_RECORDS} records. */
    static final int MAX_BATCH_BYTES = 8 * 1024 * 1024;

    private final ObjectMapper strict;

    @Inject
    ApiTexts texts;

    @Inject
    public ApiJson(ObjectMapper mapper) {
        strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a key twice in one object (a claim number twice in a batch) is a mistake, not "the last one wins"
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.registerModule(new SimpleModule("tokvs-strict-dates").addDeserializer(LocalDate.class, new IsoDate()));
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    /** A date is text as YYYY-MM-DD and nothing else: not a number of days, not an array, not another form. */
    private static final class IsoDate extends StdDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException e) {
                // answered below, as any other text that is not a date
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD");
        }
    }

    <T> T read(byte[] body, Class<T> type, Language language, int maxBytes) {
        if (body == null || body.length == 0) {
            throw new ApiException(texts.problem(language, Response.Status.BAD_REQUEST.getStatusCode(), "body_missing"));
        }
        if (body.length > maxBytes) {
            throw new ApiException(texts.problem(language, Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "body_too_large",
                    maxBytes / 1024));
        }
        try {
            T value = strict.readValue(body, type);
            if (value == null) {
                throw new ApiException(texts.problem(language, Response.Status.BAD_REQUEST.getStatusCode(), "body_missing"));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw fieldProblem(language, "unknown_field", e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException parsing) {
                // text that is not JSON as we read it (a key twice in one object), found while binding
                throw malformed(language, parsing);
            }
            throw fieldProblem(language, "wrong_type", e);
        } catch (JsonProcessingException e) {
            throw malformed(language, e);
        } catch (IOException e) {
            throw new ApiException(texts.problem(language, Response.Status.BAD_REQUEST.getStatusCode(), "malformed_json", "?", "?"));
        }
    }

    String write(Object value) {
        try {
            return strict.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiException malformed(Language language, JsonProcessingException e) {
        return new ApiException(texts.problem(language, Response.Status.BAD_REQUEST.getStatusCode(), "malformed_json",
                e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
    }

    private ApiException fieldProblem(Language language, String code, JsonMappingException e) {
        String pointer = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ApiTexts.pointer(ref.getFieldName()) : "/" + ref.getIndex())
                .collect(Collectors.joining());
        return new ApiException(texts.fieldProblem(language, code, pointer));
    }
}
