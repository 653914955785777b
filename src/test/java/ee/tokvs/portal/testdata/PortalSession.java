package ee.tokvs.portal.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's session with a running portal over plain HTTP, for what a browser would be too heavy for (a load of
 * many people, a test of several portal processes): logs in through Keycloak's own login page as a browser does
 * (the code flow, its cookies and redirects), then reads pages and sends forms with the session's form token.
 */
public final class PortalSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SECURE = Pattern.compile(";\\s*Secure\\b", Pattern.CASE_INSENSITIVE);
    private static final int MOST_REDIRECTS = 10;

    /** A page as it came: the status after redirects, where it ended, and its text. */
    public record Page(int status, URI uri, String body) {
        /** The session's form token on this page, for a form sent next. */
        public String formToken() {
            Matcher matcher = FORM_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("no form token on " + uri);
            }
            return matcher.group(1);
        }
    }

    private final URI portal;
    private final HttpClient http;

    public PortalSession(URI portal) {
        this(portal, HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    private PortalSession(URI portal, HttpClient http) {
        this.portal = portal;
        this.http = http;
    }

    /** The same session (its cookies) sent to another address of the portal, as a load balancer would send it. */
    public PortalSession on(URI other) {
        return new PortalSession(other, http);
    }

    /**
     * Opens {@code path}, is sent to Keycloak, logs in there (username and password on one page, or the username
     * first where Organizations ask for it) and comes back to the portal's page.
     */
    public Page logIn(String path, String username, String password) {
        Page page = get(path);
        for (int step = 0; step < 3 && !atPortal(page.uri()); step++) {
            if (page.status() != 200 || !page.body().contains("name=\"username\"") && !page.body().contains("name=\"password\"")) {
                throw new IllegalStateException("not a login page: " + page.status() + " " + page.uri());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            if (page.body().contains("name=\"username\"")) {
                fields.put("username", username);
            }
            if (page.body().contains("name=\"password\"")) {
                fields.put("password", password);
                fields.put("credentialId", "");
            }
            page = send(page.uri().resolve(unescape(formAction(page))), "POST", form(fields),
                    "application/x-www-form-urlencoded");
        }
        if (page.status() != 200) {
            throw new IllegalStateException("the login did not come back to the portal: " + page.status() + " " + page.uri());
        }
        return page;
    }

    private boolean atPortal(URI uri) {
        return uri.getAuthority().equals(portal.getAuthority());
    }

    public Page get(String path) {
        return send(portal.resolve(path), "GET", HttpRequest.BodyPublishers.noBody(), null);
    }

    /** Sends a form to {@code path} with the form token {@code token} (read from the page that had the form). */
    public Page post(String path, String token, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return send(portal.resolve(path), "POST", form(all), "application/x-www-form-urlencoded");
    }

    /** Sends a file as a browser sends a file field ({@code file}), with the other fields and the form token. */
    public Page postFile(String path, String token, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----tokvs" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(portal.resolve(path), "POST", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary);
    }

    /** Sends the request and follows redirects as a browser does: a 302 or 303 after a POST is read with GET. */
    private Page send(URI uri, String method, HttpRequest.BodyPublisher body, String contentType) {
        try {
            for (int redirects = 0; redirects <= MOST_REDIRECTS; redirects++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", "et").method(method, body);
                if (contentType != null) {
                    request.header("Content-Type", contentType);
                }
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status < 300 || status >= 400 || response.headers().firstValue("Location").isEmpty()) {
                    return new Page(status, uri, response.body());
                }
                uri = uri.resolve(response.headers().firstValue("Location").get());
                if (status != 307 && status != 308) {
                    method = "GET";
                    body = HttpRequest.BodyPublishers.noBody();
                    contentType = null;
                }
            }
            throw new IllegalStateException("more than " + MOST_REDIRECTS + " redirects from " + uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Cookies as a browser keeps them, where Java's own would lose Keycloak's: browsers count the loopback address as
     * a secure origin and send it the cookies marked {@code Secure}, which {@link CookieManager} keeps for https.
     */
    private static final class LoopbackCookies extends CookieManager {
        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
                super.put(uri, headers);
                return;
            }
            Map<String, List<String>> insecure = new LinkedHashMap<>();
            headers.forEach((name, values) -> insecure.put(name, name == null || !name.equalsIgnoreCase("Set-Cookie") ? values
                    : values.stream().map(v -> SECURE.matcher(v).replaceAll("")).toList()));
            super.put(uri, insecure);
        }
    }

    private static String formAction(Page page) {
        Matcher matcher = FORM_ACTION.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no form on " + page.uri());
        }
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&#61;", "=");
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
