package ee.tokvs.portal.statistics;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.statistics.Disclosure.Mark;
import ee.tokvs.portal.statistics.Disclosure.Measure;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The open statistics from the register to the reader: the one function counts what the register holds, the
 * portal's own role reads nothing of the register without an insurer, a snapshot published after a new claim
 * differs from the one before by nothing an attacker can use, and the page and files are cached by snapshot.
 */
@QuarkusTest
class PublicStatisticsTest {

    @Inject
    StatisticsPublisher publisher;

    @Inject
    PublishedStatistics statistics;

    @Inject
    DatabaseSessions sessions;

    @Inject
    Register register;

    @Test
    void theFunctionCountsTheRegistersClaimsByIncidentYearAndThePortalsRoleAloneSeesNone() throws Exception {
        register.claim(DemoData.POHJALA, aClaim().incident("2019-03-04").received("2019-04-01").confirmingWarnings());
        Map<String, Long> register = new TreeMap<>();
        Map<String, Long> published = new TreeMap<>();
        try (Connection terviseamet = sessions.asPortal("*")) {
            for (String[] row : DatabaseSessions.strings(terviseamet,
                    "select extract(year from incident_date)::int::text, count(*) from claim group by 1")) {
                register.put(row[0], Long.parseLong(row[1]));
            }
        }
        try (Connection portal = sessions.asPortal(null)) {
            assertEquals(0, DatabaseSessions.count(portal, "select count(*) from dash_cube"), "no insurer, no rows");
            for (String[] row : DatabaseSessions.strings(portal,
                    "select category, claims from public_statistics_cells() where dimension = 'INCIDENT_YEAR' and claims > 0")) {
                published.put(row[0], Long.parseLong(row[1]));
            }
        }
        assertEquals(register, published);
    }

    @Test
    void aNewClaimBetweenTwoSnapshotsGivesNoSuppressedCellAway() {
        // a year of its own with four claims, then a fifth: from "<5" to 5 between two snapshots
        for (int i = 0; i < 4; i++) {
            register.claim(DemoData.POHJALA, aClaim().incident("2009-05-06").received("2009-06-01").confirmingWarnings());
        }
        long before = publishNow();
        register.claim(DemoData.POHJALA, aClaim().incident("2009-07-08").received("2009-08-01").confirmingWarnings());
        long after = publishNow();
        List<Snapshot> kept = statistics.kept();
        Snapshot first = kept.stream().filter(s -> s.id() == before).findFirst().orElseThrow();
        Snapshot second = kept.stream().filter(s -> s.id() == after).findFirst().orElseThrow();
        int underFive = 0;
        for (String id : Snapshot.TABLES) {
            Disclosure.Table one = first.table(id);
            Disclosure.Table two = second.table(id);
            for (Measure measure : one.measures()) {
                if (measure.kind == Disclosure.Kind.COUNT || measure.kind == Disclosure.Kind.MONEY) {
                    DisclosureTest.Attacker.Line a = DisclosureTest.Attacker.line(one, measure, Disclosure.Rounding.TO_BASE);
                    DisclosureTest.Attacker.Line b = DisclosureTest.Attacker.line(two, measure, Disclosure.Rounding.TO_BASE);
                    DisclosureTest.Attacker.narrowBoth(a, b);
                    assertTrue(a.consistent() && b.consistent(), id + " " + measure);
                    assertEquals(0, a.pinnedUnderFive() + b.pinnedUnderFive(), id + " " + measure);
                    underFive += count(one, measure);
                }
            }
        }
        assertTrue(underFive > 0, "the register of the tests has small cells to attack");
        assertEquals(Mark.UNDER_FIVE, claimsOf2009(first), "four claims");
        assertNotEquals(Mark.UNDER_FIVE, claimsOf2009(second), "five claims");
    }

    @Test
    void thePageAndFilesAreCachedBySnapshotAndNotModifiedUntilTheNext() {
        long id = publishNow();
        Response page = given().get("/statistika");
        page.then().statusCode(200).header("Cache-Control", "public, max-age=60").header("Vary", "Cookie");
        String tag = page.header("ETag");
        assertTrue(tag.contains("s" + id + "-et-page"), tag);
        given().header("If-None-Match", tag).get("/statistika").then().statusCode(304);
        Response json = given().get("/statistika/statistika.json");
        json.then().statusCode(200).contentType("application/json").header("Cache-Control", "public, max-age=60");
        given().header("If-None-Match", json.header("ETag")).get("/statistika/statistika.json").then().statusCode(304);
        JsonPath data = json.jsonPath();
        assertEquals("CC-BY-4.0", data.getString("licence"));
        assertTrue(data.getString("dictionary.claims").length() > 10);
        for (Object value : data.<Object>getList("tables.rows.flatten().claims")) {
            assertTrue(value == null || ((Number) value).intValue() >= 5, "a published count " + value);
        }
        String csv = given().cookie("tokvs_lang", "en").get("/statistika/statistika.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("CC BY 4.0"), csv.substring(0, Math.min(400, csv.length())));
        long next = publishNow();
        assertNotEquals(id, next);
        given().header("If-None-Match", tag).get("/statistika").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.containsString("s" + next + "-"));
    }

    /** Publishes a snapshot now (waiting while the scheduled one holds the lock) and returns its id. */
    private long publishNow() {
        long before = statistics.latest().map(Snapshot::id).orElse(0L);
        Waiting.until("a new snapshot", () -> publisher.publish(true)
                && statistics.latest().map(Snapshot::id).orElse(0L) > before);
        return statistics.latest().orElseThrow().id();
    }

    private static Mark claimsOf2009(Snapshot snapshot) {
        Disclosure.Table years = snapshot.table("incident_year");
        return years.rows().stream().filter(r -> r.key().equals("2009")).findFirst().orElseThrow()
                .get(years.measures(), Measure.CLAIMS).mark();
    }

    private static int count(Disclosure.Table table, Measure measure) {
        int n = 0;
        for (Disclosure.Row row : table.rows()) {
            n += row.get(table.measures(), measure).mark() == Mark.UNDER_FIVE ? 1 : 0;
        }
        return n;
    }
}
