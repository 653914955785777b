package ee.tokvs.portal.session;

import ee.tokvs.portal.shared.i18n.UiLocale;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's login page speaks the portal's language: the redirect to it carries the language the visitor chose here
 * (as its pages have it, UiLocale) as OIDC's {@code ui_locales} and as Keycloak's own {@code kc_locale}, which
 * wins over the language Keycloak remembered from an earlier visit. The realm supports both (realm-config/).
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLocale implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        String code = UiLocale.of(context.routingContext().request()).code;
        context.additionalQueryParams().add("ui_locales", code);
        context.additionalQueryParams().add("kc_locale", code);
    }
}
