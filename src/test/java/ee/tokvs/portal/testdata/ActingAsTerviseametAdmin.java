package ee.tokvs.portal.testdata;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Terviseamet's admin: dashboards and every reference form. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "ta.admin", roles = "terviseamet-admin")
@OidcSecurity(claims = {
        @Claim(key = "sid", value = "test-session-ta.admin"),
        @Claim(key = "preferred_username", value = "ta.admin"),
        @Claim(key = "name", value = "Toomas Tamm"),
        @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                value = "{\"terviseamet\":{\"registryCode\":[\"70008799\"],\"kind\":[\"authority\"]}}")
})
public @interface ActingAsTerviseametAdmin {
}
