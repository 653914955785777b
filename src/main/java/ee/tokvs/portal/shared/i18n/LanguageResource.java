package ee.tokvs.portal.shared.i18n;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/** The language switch: remembers the choice in a cookie and returns to the page the user was on. */
@Path("/lang")
public class LanguageResource {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("/{code}")
    public Response switchTo(@PathParam("code") String code, @QueryParam("back") String back) {
        Language language = Language.fromCode(code).orElseThrow(NotFoundException::new);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.code)
                .path("/")
                .maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create(safeBack(back))).cookie(cookie).build();
    }

    /**
     * Only a path on this site: anything else would make the switch an open redirect. Never fails: what is
     * not a well-formed address (a space, a lone %, a <) goes home.
     */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
