package ee.tokvs.portal.testdata;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Põhjala's insurer admin: every insurer page and form, mandates and the audit log included. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "pohjala.admin", roles = "insurer-admin")
@OidcSecurity(claims = {
        @Claim(key = "sid", value = "test-session-pohjala.admin"),
        @Claim(key = "preferred_username", value = "pohjala.admin"),
        @Claim(key = "name", value = "Priit Põld"),
        @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                value = "{\"pohjala\":{\"registryCode\":[\"10000018\"],\"kind\":[\"insurer\"]}}")
})
public @interface ActingAsPohjalaAdmin {
}
