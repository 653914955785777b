package ee.tokvs.portal.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an HTTP/1.1 response off a plain socket, for tests that must send what HTTP clients refuse to
 * (broken percent-encoding, control characters in the request line).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Status, headers (names in lower case) and the body as UTF-8 text. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), "");
        }
    }

    /** The whole response of a connection the server closes after it. */
    public static Reply read(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
        int status = lines.length > 0 && lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = end < 0 ? raw.length : end + 4;
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            while (at < raw.length) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = lineEnd < 0 ? 0 : Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(raw, lineEnd + 2, Math.min(size, raw.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
        } else {
            body.write(raw, at, raw.length - at);
        }
        return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
    }
}
