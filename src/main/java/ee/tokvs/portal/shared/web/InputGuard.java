package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.rules.Fields;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Where addresses enter. A query parameter that is not readable text (invalid UTF-8, control characters)
 * is left out before anything reads it, the login included, and noted in {@link IgnoredInput} so that the
 * page says so; a path like that cannot name anything here and gets the 400 page. (Broken percent-encoding
 * in a query never gets this far: Vert.x answers it with a bare 400.) Form fields are checked by
 * {@link Fields} where each form is read.
 */
@Singleton
public class InputGuard {

    private static final String LEFT_OUT = "tokvs.leftOutQueryValues";

    @Inject
    IgnoredInput ignored;

    /** First of all routes: the login and the pages then see only the readable parameters. */
    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::cleanQuery);
    }

    void cleanQuery(RoutingContext rc) {
        String query = rc.request().query();
        if (query == null || query.isEmpty() || rc.get(LEFT_OUT) != null) {
            rc.next();
            return;
        }
        List<String> kept = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            if (name == null || value == null || Fields.hasControlCharacter(name, true)
                    || Fields.hasControlCharacter(value, true)) {
                leftOut.add(value != null ? value : pair.substring(equals + 1).replace('+', ' '));
            } else {
                kept.add(pair);
            }
        }
        if (leftOut.isEmpty()) {
            rc.next();
            return;
        }
        rc.put(LEFT_OUT, leftOut);
        rc.reroute(rc.request().path() + (kept.isEmpty() ? "" : "?" + String.join("&", kept)));
    }

    @ServerRequestFilter(preMatching = true)
    public void guard(HttpServerRequest request, RoutingContext rc) {
        String path = decode(request.path(), false);
        if (path == null || Fields.hasControlCharacter(path, true)) {
            throw new BadRequestException("unreadable path");
        }
        List<String> leftOut = rc.get(LEFT_OUT);
        if (leftOut != null) {
            leftOut.forEach(ignored::add);
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
}
