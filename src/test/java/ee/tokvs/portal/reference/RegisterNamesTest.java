package ee.tokvs.portal.reference;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wherever Terviseamet reads a list of several insurers' records (submissions, claims, contracts, mandates), each row's
 * insurer is named as the register names it, its registry code in small print beside the name, never the code alone.
 */
@QuarkusTest
@ActingAsTerviseametAnalyst
class RegisterNamesTest {

    @Inject
    Register register;

    @Test
    void everyListNamesItsInsurers() {
        String code = RegisterFixtures.freshRegistryCode("24");
        String name = "Nimeline Kindlustus AS";
        register.insurer(code, name, Insurer.LicenceStatus.ACTIVE);
        Register.Saved contract = register.contract(code);
        Register.Saved claim = register.claim(code, aClaim().contract(contract.number()));
        register.mandate(code, DemoData.KAHJUABI, true, false);
        String named = name + " <small class=\"muted\">" + code + "</small>";

        String log = page("/audit?insurer=" + code);
        assertNamed(log, named, code);
        assertTrue(log.contains("Kindlustusandja " + name + " esitamised."), "the log's notice names the insurer");
        assertTrue(log.contains("<option value=\"" + code + "\" selected>" + name + "</option>"),
                "the choice of insurer shows its name");

        String claims = page("/claims?insurer=" + code);
        assertTrue(claims.contains(">" + claim.number() + "</a>"), "the claim is listed");
        assertNamed(claims, named, code);
        assertTrue(claims.contains("Kindlustusandja " + name + " nõuded."), "the claims' notice names the insurer");

        assertNamed(page("/contracts?q=" + contract.number()), named, code);
        assertNamed(page("/mandates"), named, code);
    }

    private static String page(String address) {
        return given().get(address).then().statusCode(200).extract().asString();
    }

    private static void assertNamed(String html, String named, String code) {
        assertTrue(Pattern.compile("<td>\\s*" + Pattern.quote(named) + "\\s*</td>").matcher(html).find(),
                "the insurer is named:\n" + html);
        assertFalse(Pattern.compile("<td>\\s*" + code + "\\s*</td>").matcher(html).find(),
                "an insurer shown by its code alone");
    }
}
