package ee.tokvs.portal.testdata;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service test signed in as Põhjala's staff member, with the same claims Keycloak's token carries
 * (name and organisation with its registry code).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "pohjala.staff", roles = "insurer-staff")
@OidcSecurity(claims = {
        @Claim(key = "sid", value = "test-session-pohjala.staff"),
        @Claim(key = "preferred_username", value = "pohjala.staff"),
        @Claim(key = "name", value = "Kati Kask"),
        @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                value = "{\"pohjala\":{\"registryCode\":[\"10000018\"],\"kind\":[\"insurer\"]}}")
})
public @interface ActingAsPohjalaStaff {
}
