package ee.tokvs.portal.session;

import ee.tokvs.portal.shared.i18n.Language;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's login page speaks the portal's language: the redirect to it carries the language the visitor chose here
 * (the language cookie, else Estonian) as OIDC's {@code ui_locales} and as Keycloak's own {@code kc_locale}, which
 * wins over the language Keycloak remembered from an earlier visit. The realm supports both (realm-config/).
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLocale implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie cookie = context.routingContext().request().getCookie(Language.COOKIE);
        String code = Language.fromCode(cookie == null ? null : cookie.getValue()).orElse(Language.DEFAULT).code;
        context.additionalQueryParams().add("ui_locales", code);
        context.additionalQueryParams().add("kc_locale", code);
    }
}
