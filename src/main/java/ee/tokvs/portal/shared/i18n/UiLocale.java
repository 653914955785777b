package ee.tokvs.portal.shared.i18n;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The language of this request's pages: the user's choice from the language cookie, else Estonian.
 * Templates reach it as {@code inject:ui}.
 */
@RequestScoped
@Named("ui")
public class UiLocale {

    @Inject
    CurrentVertxRequest vertxRequest;

    private Language language;

    public Language language() {
        if (language == null) {
            language = of(vertxRequest.getCurrent() == null ? null : vertxRequest.getCurrent().request());
        }
        return language;
    }

    /** The language a request's reader chose (the language cookie), else Estonian; also outside a request scope. */
    public static Language of(HttpServerRequest request) {
        Cookie cookie = request == null ? null : request.getCookie(Language.COOKIE);
        return Language.fromCode(cookie == null ? null : cookie.getValue()).orElse(Language.DEFAULT);
    }

    public Locale locale() {
        return language().locale;
    }

    /** For {@code <html lang>}. */
    public String lang() {
        return language().code;
    }

    /** The language a switch offers: the other one. */
    public Language other() {
        return language() == Language.ET ? Language.EN : Language.ET;
    }

    /** A link that switches to the other language and comes back to this page. */
    public String switchUrl() {
        HttpServerRequest request = vertxRequest.getCurrent().request();
        String back = request.uri();
        return "/lang/" + other().code + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
