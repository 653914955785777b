package ee.tokvs.portal.audit;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.testdata.ActingAsPohjalaAdmin;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The submission log's filter as the address carries it: either end of the period alone, a date that cannot be read
 * (said at its field in the reader's language, and left out), and an insurer's admin, who has no choice of insurer.
 */
@QuarkusTest
class AuditLogFilterTest {

    @Inject
    Register register;

    @Test
    @ActingAsTerviseametAnalyst
    void eitherEndOfThePeriodAloneLimitsTheLog() {
        String insurer = freshInsurer("Perioodi Kindlustus AS");
        String early = concluded(insurer, "2025-03-03");
        String middle = concluded(insurer, "2025-03-17");
        String late = concluded(insurer, "2025-03-31");

        String from = log("/audit?insurer=" + insurer + "&from=2025-03-17");
        assertShows(from, middle, late);
        assertFalse(from.contains(early), "an event before the period's first day");
        assertTrue(from.contains("alates 17.03.2025"), "the notice names the period");
        assertTrue(from.contains("value=\"17.03.2025\""), "the field shows the date");

        String to = log("/audit?insurer=" + insurer + "&to=2025-03-17");
        assertShows(to, early, middle);
        assertFalse(to.contains(late), "an event after the period's last day");
        assertTrue(to.contains("kuni 17.03.2025"), "the notice names the period");
    }

    @Test
    @ActingAsTerviseametAnalyst
    void anUnreadableDateIsSaidAtItsFieldAndLeftOut() {
        String insurer = freshInsurer("Kuupäevade Kindlustus AS");
        String march = concluded(insurer, "2025-03-03");
        String april = concluded(insurer, "2025-04-07");

        String estonian = log("/audit?insurer=" + insurer + "&from=31.02.2025&to=2025-03-31");
        assertTrue(estonian.matches("(?s).*<div id=\"from-messages\" class=\"field-messages\">\\s*"
                + "<p class=\"field-error\">„31\\.02\\.2025“ ei ole kuupäev\\..*"), "the message at the field:\n" + estonian);
        assertTrue(estonian.contains("value=\"31.02.2025\" aria-invalid=\"true\""), "the field keeps what was typed");
        assertTrue(estonian.contains("data-testid=\"ignored-input\""), "the page says what the search left out");
        assertShows(estonian, march);
        assertFalse(estonian.contains(april), "the readable end of the period still applies");

        String english = given().cookie(Language.COOKIE, "en")
                .get("/audit?insurer=" + insurer + "&to=2025-13-01").then().statusCode(200).extract().asString();
        assertTrue(english.matches("(?s).*<div id=\"to-messages\" class=\"field-messages\">\\s*"
                + "<p class=\"field-error\">&quot;2025-13-01&quot; is not a date\\..*"), "in English:\n" + english);
        assertShows(english, march, april);
    }

    @Test
    @ActingAsPohjalaAdmin
    void anInsurersAdminSeesItsOwnLogWithoutAChoiceOfInsurer() {
        String other = freshInsurer("Võõras Kindlustus AS");
        String theirs = concluded(other, "2025-03-03");
        String own = concluded(DemoData.POHJALA, "2025-03-03");

        String html = log("/audit?insurer=" + other + "&from=2025-03-03&to=2025-03-03");
        assertShows(html, own);
        assertFalse(html.contains(theirs), "another insurer's submission");
        assertFalse(html.contains("<select id=\"insurer\""), "an insurer chooses no insurer");
        assertFalse(html.contains("Võõras Kindlustus AS"), "another insurer named");
    }

    private String freshInsurer(String name) {
        String code = RegisterFixtures.freshRegistryCode("23");
        register.insurer(code, name, Insurer.LicenceStatus.ACTIVE);
        return code;
    }

    /** A contract of the insurer concluded today with data of this day: its number, the event's label. */
    private String concluded(String insurer, String changeDate) {
        return register.contract(insurer, aContract().number(RegisterFixtures.unique("AUDIT")).changeDate(changeDate))
                .number();
    }

    private static String log(String address) {
        return given().get(address).then().statusCode(200).extract().asString();
    }

    private static void assertShows(String html, String... contracts) {
        for (String contract : contracts) {
            assertTrue(html.contains(">" + contract + "</a>"), contract + " missing from the log");
        }
    }
}
