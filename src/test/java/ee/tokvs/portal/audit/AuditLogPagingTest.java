package ee.tokvs.portal.audit;

import static io.restassured.RestAssured.given;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The submission log pages through every event once: a page and the next one meet without a gap or an overlap, and
 * the pager's link keeps every filter (late only, the insurer, the period).
 */
@QuarkusTest
@ActingAsTerviseametAnalyst
class AuditLogPagingTest {

    private static final Pattern CONTRACT = Pattern.compile("PAGED-\\d+-[0-9a-z]+");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");

    @Inject
    Register register;

    @Test
    void twoPagesHoldEveryEventOnce() {
        String insurer = RegisterFixtures.freshRegistryCode("19");
        register.insurer(insurer, "Lehekülgede Kindlustus AS", Insurer.LicenceStatus.ACTIVE);
        int events = AuditSearch.PAGE_SIZE + 1;
        for (int i = 0; i < events; i++) {
            register.contract(insurer, aContract()
                    .number(RegisterFixtures.unique("PAGED")).changeDate("2025-01-02"));
        }
        // outside the period: on neither page
        register.contract(insurer, aContract().number(RegisterFixtures.unique("PAGED")).changeDate("2025-02-03"));

        String firstPage = page("/audit?late=true&insurer=" + insurer + "&from=2025-01-01&to=2025-01-31");
        String next = nextLink(firstPage);
        assertEquals("/audit?late=true&amp;insurer=" + insurer + "&amp;from=2025-01-01&amp;to=2025-01-31&amp;page=1", next);
        List<String> first = contracts(firstPage);
        List<String> second = contracts(page(next.replace("&amp;", "&")));
        assertEquals(AuditSearch.PAGE_SIZE, first.size());
        assertEquals(1, second.size());
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertEquals(events, all.size(), "an event missing or shown twice");
    }

    private static String page(String address) {
        return given().when().get(address).then().statusCode(200).extract().asString();
    }

    private static String nextLink(String html) {
        Matcher m = NEXT.matcher(html);
        assertTrue(m.find(), "no link to the next page");
        return m.group(1);
    }

    private static List<String> contracts(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = CONTRACT.matcher(html);
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
