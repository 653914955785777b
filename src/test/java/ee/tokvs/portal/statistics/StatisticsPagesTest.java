package ee.tokvs.portal.statistics;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.PortalBrowser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member of the public, not logged in, opens the open statistics in Estonian and in English, reads the figures,
 * downloads them as CSV and JSON, and finds in neither a count under 5 nor a suppressed cell that the totals give
 * away (the attacker of {@link DisclosureTest}, run on the JSON as downloaded). axe finds nothing in either language.
 */
@QuarkusTest
class StatisticsPagesTest extends BrowserTest {

    @Inject
    Register register;

    @Inject
    StatisticsPublisher publisher;

    @Inject
    PublishedStatistics statistics;

    @Test
    void thePublicReadsTheFiguresInBothLanguagesDownloadsThemAndFindsNothingToRecover() throws Exception {
        // a small year (three claims) among the register's
        for (int i = 0; i < 3; i++) {
            register.claim(DemoData.LAANEMERE, aClaim().incident("2008-02-03").received("2008-03-01").confirmingWarnings());
        }
        long before = statistics.latest().map(Snapshot::id).orElse(0L);
        Waiting.until("a snapshot with the new claims", () -> publisher.publish(true)
                && statistics.latest().map(Snapshot::id).orElse(0L) > before);

        page.navigate(url("/statistika"));
        assertEquals("Tervishoiuteenuse kahjunõuete avalik statistika", page.locator("h1").textContent());
        assertTrue(page.getByTestId("stat-as-of").textContent().startsWith("Seisuga "));
        Locator year2008 = page.locator("[data-testid=stat-incident_year] tr[data-key='2008'] td").first();
        assertEquals("<5", year2008.textContent());
        assertEquals("UNDER_FIVE", year2008.getAttribute("data-mark"));
        String total = page.locator("[data-testid=stat-incident_year] tfoot td").first().textContent();
        assertTrue(total.matches("\\d{1,3}(\u00a0\\d{3})*"), "an Estonian count: " + total);
        assertShownCountsAtLeastFive();
        PortalBrowser.assertAccessible(page);

        Download csv = page.waitForDownload(() -> page.getByTestId("stat-csv").click());
        String csvText = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertTrue(csvText.contains("CC BY 4.0") && csvText.contains(";<5"), csvText.substring(0, 300));
        Download json = page.waitForDownload(() -> page.getByTestId("stat-json").click());
        JsonNode data = new ObjectMapper().readTree(Files.readString(json.path(), StandardCharsets.UTF_8));
        assertEquals("CC-BY-4.0", data.get("licence").asText());
        assertNothingRecoverable(data);
        assertEquals(total.replace("\u00a0", ""), data.get("tables").get(0).get("total").get("claims").asText(),
                "the page and the file tell the same total");

        page.navigate(url("/lang/en?back=/statistika"));
        assertEquals("Open statistics of claims for harm in healthcare", page.locator("h1").textContent());
        String english = page.locator("[data-testid=stat-incident_year] tfoot td").first().textContent();
        assertEquals(total.replace('\u00a0', ','), english, "an English count");
        assertShownCountsAtLeastFive();
        PortalBrowser.assertAccessible(page);
    }

    /** Every count shown (not a share, median or sum of money) is 5 or more. */
    private void assertShownCountsAtLeastFive() {
        for (String id : List.of("incident_year", "incident_type", "severity", "specialty_group")) {
            List<String> shown = page.locator("[data-testid=stat-" + id + "] td[data-mark=SHOWN]:nth-child(-n+4)")
                    .allTextContents();
            for (String text : shown) {
                assertTrue(Long.parseLong(text.replaceAll("[\u00a0,]", "")) >= 5, id + ": " + text);
            }
        }
    }

    /** The attacker reads each count and money field of the JSON and narrows it through its table's total. */
    private static void assertNothingRecoverable(JsonNode data) {
        int attacked = 0;
        for (JsonNode table : data.get("tables")) {
            for (String field : List.of("claims", "decided", "insuredEvents", "claimsPaid", "paidEuros")) {
                if (!table.get("total").has(field)) {
                    continue;
                }
                boolean money = field.equals("paidEuros");
                List<JsonNode> rows = new ArrayList<>();
                table.get("rows").forEach(rows::add);
                rows.add(table.get("total"));
                DisclosureTest.Attacker.Line line = DisclosureTest.Attacker.line(rows.stream()
                        .map(r -> r.get(field).isNull() ? null : r.get(field).asLong()).toList(), rows.stream()
                        .map(r -> r.has("marks") && r.get("marks").has(field) ? r.get("marks").get(field).asText() : "")
                        .toList(), money);
                line.narrow();
                assertTrue(line.consistent(), table.get("id") + " " + field);
                assertEquals(0, line.pinnedUnderFive(), table.get("id") + " " + field);
                for (JsonNode row : rows) {
                    if (!money && !row.get(field).isNull()) {
                        assertTrue(row.get(field).asLong() >= 5, table.get("id") + " " + field + " " + row);
                    }
                }
                attacked++;
            }
        }
        assertEquals(4 * 3 + 2, attacked, "every count and sum of every table");
    }
}
