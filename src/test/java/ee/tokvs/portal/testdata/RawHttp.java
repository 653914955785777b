package ee.tokvs.portal.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends an HTTP/1.1 request over a plain socket and reads its response, for tests that must send what HTTP clients
 * refuse to (broken percent-encoding, control characters in the request line).
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

    /** A multipart body, and the content type that names its boundary. */
    public record Multipart(String body, String contentType) {
    }

    /**
     * Sends the request as it is, every char of the target and the body as one byte, on a connection of its own.
     *
     * @param body null for none
     * @param headers sent as given (a cookie, a form token)
     */
    public static Reply send(URL server, String verb, String target, String body, String contentType,
            Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.ISO_8859_1);
            StringBuilder request = new StringBuilder(verb).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A multipart form with one file, as a browser sends it: names and content in UTF-8, ready for {@link #send}. */
    public static Multipart multipart(Map<String, String> form, String fileName, String content) {
        String boundary = "----raw" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (var field : form.entrySet()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field.getKey())
                    .append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content)
                .append("\r\n--").append(boundary).append("--\r\n");
        // send() writes each char as one byte.
        String bytes = new String(body.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return new Multipart(bytes, "multipart/form-data; boundary=" + boundary);
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
