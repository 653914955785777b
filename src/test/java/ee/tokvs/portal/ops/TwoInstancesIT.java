package ee.tokvs.portal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.testdata.PortalSession;
import ee.tokvs.portal.testdata.Waiting;
import ee.tokvs.portal.upload.UploadFiles;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: two portal processes on one database, as two pods behind a load balancer. One person's session goes
 * to either. An upload sent through one instance is watched to its end through the other; the instance running an
 * upload is killed while it writes, and the other ends the upload as failed with nothing of it written.
 * <p>
 * Runs after the package phase ({@code mvn verify}, so in {@code ./portal test}): the instances are the packaged
 * portal, started as {@code ./portal run} starts it, on the test database.
 */
class TwoInstancesIT {

    private static final String POHJALA = "10000018";
    private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z]+)\"");
    private static final Pattern UPLOAD_PATH = Pattern.compile("/uploads/(\\d+)$");
    /** Heartbeats each second, silent for five counts as lost, swept every two: the defaults are 10, 30 and 30 s. */
    private static final Map<String, String> QUICK = Map.of("tokvs.upload.heartbeat-every", "1s",
            "tokvs.upload.silence", "5s", "tokvs.upload.sweep-every", "2s");
    private static final int CONTRACTS = 50;
    /** Enough that writing them takes long enough to be caught at it, on any machine. */
    private static final int CLAIMS = 30_000;

    private static PortalProcess first;
    private static PortalProcess second;

    @BeforeAll
    static void start() {
        first = PortalProcess.start("first", port("TOKVS_IT_FIRST_PORT", 8083), QUICK);
        second = PortalProcess.start("second", port("TOKVS_IT_SECOND_PORT", 8084), QUICK);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anUploadIsWatchedThroughTheOtherInstanceAndAKilledOneLeavesNothingHalfWritten() throws Exception {
        String run = "TWO" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        PortalSession throughFirst = new PortalSession(first.uri);
        PortalSession.Page uploads = throughFirst.logIn("/uploads", "pohjala.staff", "demo");
        PortalSession throughSecond = throughFirst.on(second.uri);

        // the contracts, sent through the first and watched to their end through the second
        long contracts = send(throughFirst, uploads.formToken(), "CONTRACTS", contractsFile(run));
        Waiting.until("the contracts upload DONE, seen through the second instance",
                () -> status(throughSecond, contracts).filter(s -> !s.equals("QUEUED") && !s.equals("RUNNING")).isPresent());
        assertEquals("DONE", status(throughSecond, contracts).orElseThrow(), "the contracts upload through the second");
        assertEquals(CONTRACTS, count("select count(*) from contract where contract_number like ?", run + "-L%"));
        PortalSession.Page result = throughSecond.get("/uploads/" + contracts);
        assertEquals(200, result.status());
        assertTrue(result.body().contains("data-testid=\"upload-summary\""), "the second instance shows the summary");

        // the claims, sent through the first, which is killed while it writes them
        long claims = send(throughFirst, throughSecond.get("/uploads").formToken(), "CLAIMS", claimsFile(run));
        Waiting.until("the second instance showing the first one writing the claims",
                () -> {
                    String fragment = throughSecond.get("/uploads/" + claims + "/status").body();
                    if (status(fragment).filter(s -> s.equals("DONE") || s.equals("FAILED")).isPresent()) {
                        throw new AssertionError("the claims upload ended before it was caught writing: " + fragment);
                    }
                    return fragment.contains("data-testid=\"upload-writing\"");
                });
        first.kill();

        Waiting.until("the second instance ending the killed instance's upload",
                () -> status(throughSecond, claims).filter(s -> s.equals("FAILED") || s.equals("DONE")).isPresent());
        String end = status(throughSecond, claims).orElseThrow();
        int written = count("select count(*) from claim where claim_number like ?", run + "-N%");
        if (end.equals("FAILED")) {
            assertEquals(0, written, "a failed upload wrote nothing");
            String page = throughSecond.get("/uploads/" + claims).body();
            assertTrue(page.contains("Töötlemine katkes, sest portaal taaskäivitati; midagi ei salvestatud."),
                    "the page says why, in the reader's language:\n" + page);
        } else {
            assertEquals(CLAIMS, written, "a DONE upload (its commit went through as the instance died) wrote every claim");
        }
        assertTrue(second.alive(), "the second instance went on");
    }

    private static long send(PortalSession session, String token, String kind, byte[] file) {
        PortalSession.Page sent = session.postFile("/uploads", token,
                Map.of("kind", kind, "acceptWarnings", "true"), kind.toLowerCase() + ".csv", file);
        Matcher matcher = UPLOAD_PATH.matcher(sent.uri().getPath());
        assertTrue(matcher.find(), "the upload was accepted: " + sent.status() + " " + sent.uri());
        return Long.parseLong(matcher.group(1));
    }

    private static Optional<String> status(PortalSession session, long upload) {
        return status(session.get("/uploads/" + upload + "/status").body());
    }

    private static Optional<String> status(String fragment) {
        Matcher matcher = STATUS.matcher(fragment);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static byte[] contractsFile(String run) {
        return csv(UploadFiles.CONTRACT_HEADER, IntStream.range(0, CONTRACTS).mapToObj(i -> String.join(";",
                run + "-L" + i, "sõlmimine", "15.12.2024", "90000038", "01.01.2025", "31.12.2025", "100000", "500000")));
    }

    /** Claims over the contracts, within their periods, each with one payout. */
    private static byte[] claimsFile(String run) {
        return csv(UploadFiles.CLAIM_HEADER, IntStream.range(0, CLAIMS).mapToObj(i -> {
            String number = run + "-N" + i;
            String day = String.format("%02d", 1 + i % 28);
            return String.join(";", "nõue", number, run + "-L" + i % CONTRACTS, day + ".06.2025", "J-" + number,
                    day + ".05.2025", "on kindlustusjuhtum", "nakkus", "III", "", "", "ei", "", "", "", "", "", "", "")
                    + "\n" + String.join(";", "väljamakse", number, "", "", "", "", "", "", "", "", "", "", "", "",
                            day + ".07.2025", "ravikulud", (100 + i % 5000) + ",50", "", "");
        }));
    }

    private static byte[] csv(String header, java.util.stream.Stream<String> rows) {
        return (header + "\n" + rows.collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Counted as the database owner, within Põhjala's rows (row-level security holds for the owner too). */
    private static int count(String sql, String like) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                PortalProcess.env("TOKVS_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/tokvs_test"),
                PortalProcess.env("TOKVS_TEST_DB_OWNER", "tokvs"), PortalProcess.env("TOKVS_TEST_DB_OWNER_PASSWORD", "tokvs"))) {
            try (PreparedStatement tenant = connection.prepareStatement("select set_config('tokvs.insurer', ?, false)")) {
                tenant.setString(1, POHJALA);
                tenant.execute();
            }
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, like);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
    }

    private static int port(String variable, int fallback) {
        return Integer.parseInt(PortalProcess.env(variable, String.valueOf(fallback)));
    }
}
