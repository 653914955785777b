package ee.tokvs.portal.audit;

import static io.restassured.RestAssured.given;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The submission log pages through every event once: a page and the next one meet without a gap or an overlap. */
@QuarkusTest
@ActingAsTerviseametAnalyst
class AuditLogPagingTest {

    private static final Pattern CONTRACT = Pattern.compile("PAGED-\\d+-[0-9a-z]+");

    @Inject
    Register register;

    @Test
    void twoPagesHoldEveryEventOnce() {
        String insurer = RegisterFixtures.freshRegistryCode("19");
        register.insurer(insurer, "Lehekülgede Kindlustus AS", Insurer.LicenceStatus.ACTIVE);
        int events = AuditLogResource.PAGE_SIZE + 1;
        for (int i = 0; i < events; i++) {
            register.contract(insurer, aContract()
                    .number(RegisterFixtures.unique("PAGED")));
        }
        List<String> first = contracts(insurer, 0);
        List<String> second = contracts(insurer, 1);
        assertEquals(AuditLogResource.PAGE_SIZE, first.size());
        assertEquals(1, second.size());
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertEquals(events, all.size(), "an event missing or shown twice");
    }

    private static List<String> contracts(String insurer, int page) {
        String html = given().queryParam("insurer", insurer).queryParam("page", page).when().get("/audit")
                .then().statusCode(200).extract().asString();
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
