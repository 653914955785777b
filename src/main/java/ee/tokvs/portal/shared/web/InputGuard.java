package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.rules.Fields;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Where addresses enter: a path that is not readable text (broken percent-encoding, invalid UTF-8, control
 * characters) cannot name anything here and gets the 400 page; a query parameter like that is left out
 * before any page reads it, and noted in {@link IgnoredInput} so that the page says so. Form fields are
 * checked by {@link Fields} where each form is read.
 */
public class InputGuard {

    @Inject
    IgnoredInput ignored;

    @ServerRequestFilter(preMatching = true)
    public void guard(ContainerRequestContext context, HttpServerRequest request) {
        String path = decode(request.path(), false);
        if (path == null || Fields.hasControlCharacter(path, true)) {
            throw new BadRequestException("unreadable path");
        }
        String query = request.query();
        if (query == null || query.isEmpty()) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            if (name == null || value == null || Fields.hasControlCharacter(name, true)
                    || Fields.hasControlCharacter(value, true)) {
                ignored.add(value != null ? value : lenient(pair.substring(equals + 1)));
            } else {
                kept.add(pair);
            }
        }
        if (kept.size() < query.split("&").length) {
            try {
                context.setRequestUri(new URI(request.scheme() + "://" + request.authority() + request.path()
                        + (kept.isEmpty() ? "" : "?" + String.join("&", kept))));
            } catch (URISyntaxException | RuntimeException e) {
                throw new BadRequestException("unreadable address");
            }
        }
    }

    /** Percent-decoding that refuses what is not UTF-8 rather than guessing; null when refused. */
    static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c > 0xFF) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                // The request line arrives as bytes read one to a char.
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** For the notice only: what a broken value looked like. */
    private static String lenient(String raw) {
        return raw.replace('+', ' ');
    }
}
