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
 * A service test signed in as a Terviseamet analyst, with the same claims Keycloak's token carries
 * (name and organisation with its registry code).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@TestSecurity(user = "ta.analyst", roles = "terviseamet-analyst")
@OidcSecurity(claims = {
        @Claim(key = "sid", value = "test-session-ta.analyst"),
        @Claim(key = "preferred_username", value = "ta.analyst"),
        @Claim(key = "name", value = "Tiina Analüütik"),
        @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                value = "{\"terviseamet\":{\"registryCode\":[\"70008799\"],\"kind\":[\"authority\"]}}")
})
public @interface ActingAsTerviseametAnalyst {
}
