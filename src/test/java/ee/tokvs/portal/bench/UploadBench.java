package ee.tokvs.portal.bench;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.upload.Upload;
import ee.tokvs.portal.upload.UploadFiles;
import ee.tokvs.portal.upload.UploadKind;
import ee.tokvs.portal.upload.UploadOutcome;
import ee.tokvs.portal.upload.UploadService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * {@code ./portal bench upload}: a generated claims file (half claim rows, half payouts) uploaded through the
 * portal's upload service and job, as an insurer's staff member would, three times: accepted and written; the same
 * file again (nothing changes); and a file of new claims refused by the rules in its last rows (the worst case for
 * judging first: every row before them is judged as for a save). Each against PostgreSQL {@code COPY} of the same
 * file into a scratch table, the physical limit. Reports time, rows per second and the heap. It asserts only that
 * the uploads came to what they must (written, unchanged, refused with exactly its problems), never how fast.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(BenchProfile.class)
@ActingAsPohjalaStaff
class UploadBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    private static final int CONTRACTS = 200;
    /** Payouts of the refused file's last rows: negative, which only the claim rules (not the reading) refuse. */
    private static final int REFUSED_ROWS = 4;

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    /** One upload measured: how long from accepted to ended, and the heap meanwhile. */
    private record Run(String name, double seconds, long peakHeap, long peakLive, long baseline, UploadOutcome outcome) {
    }

    @Test
    void uploadAClaimsFile() throws Exception {
        String run = RegisterFixtures.unique("B");
        String[] contracts = new String[CONTRACTS];
        for (int i = 0; i < CONTRACTS; i++) {
            contracts[i] = run + "-L" + i;
            register.contract(DemoData.POHJALA, aContract().number(contracts[i]));
        }
        Path file = claimsFile("claims", run, contracts, 0);
        String refusedRun = RegisterFixtures.unique("R");
        Path refusedFile = claimsFile("refused", refusedRun, contracts, REFUSED_ROWS);
        double megabytes = Files.size(file) / (1024.0 * 1024.0);

        Run accepted = upload("accepted, written", file);
        assertEquals(new UploadOutcome("DONE", ROWS, ROWS, 0, 0, 0, 0, List.of()), accepted.outcome(),
                "the benchmark's file must go through");
        Run again = upload("same file again", file);
        assertEquals(new UploadOutcome("DONE", ROWS, 0, 0, ROWS, 0, 0, List.of()), again.outcome(),
                "the same file again must change nothing");
        Run refused = upload("refused in last rows", refusedFile);
        assertEquals("REFUSED", refused.outcome().status(), "the refused file must be refused");
        assertEquals(REFUSED_ROWS, refused.outcome().errors(), "each broken row reported, nothing else");
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number like ?",
                refusedRun + "-%"), "a refused file writes nothing");

        double copySeconds = copy(file);

        BenchReport report = new BenchReport("upload")
                .line("file:                  %,d rows (%,d claims, %,d payouts), %.1f MB CSV; JVM heap max %,d MB", ROWS,
                        ROWS / 2, ROWS - ROWS / 2, megabytes, Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .line("%-22s %8s %12s %10s %10s %9s", "", "time", "rows/s", "peak heap", "live heap", "vs COPY");
        for (Run r : List.of(accepted, again, refused)) {
            report.line("%-22s %6.1f s %,12.0f %7d MB %7d MB %8.0f×", r.name() + ":", r.seconds(), ROWS / r.seconds(),
                    r.peakHeap(), r.peakLive(), r.seconds() / copySeconds);
        }
        report.line("%-22s %6.2f s %,12.0f %10s %10s %9s", "PostgreSQL COPY:", copySeconds, ROWS / copySeconds, "", "", "1×")
                .line("(time: accepted to ended, all rules, events and summaries; peak heap: garbage included; live heap:"
                        + " the most left after a collection, %d MB before the first upload)", accepted.baseline())
                .write();
    }

    private Run upload(String name, Path file) throws Exception {
        long started = System.nanoTime();
        try (BenchReport.HeapWatch heap = new BenchReport.HeapWatch()) {
            Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, file.getFileName().toString(),
                    false, true);
            UploadOutcome outcome = UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, upload.id);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Run(name, seconds, heap.peakMegabytes(), heap.peakLiveMegabytes(), heap.baselineMegabytes(),
                    outcome);
        }
    }

    /**
     * Claims spread over the contracts, each followed by one payout, dates within 2025; the last {@code broken} rows'
     * payouts negative.
     */
    private static Path claimsFile(String name, String run, String[] contracts, int broken) throws Exception {
        Path file = Path.of("target", "bench", name + "-" + ROWS + ".csv");
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(UploadFiles.CLAIM_HEADER);
            out.newLine();
            for (int i = 0; i < ROWS; i += 2) {
                String number = run + "-N" + i;
                int day = 1 + random.nextInt(28);
                out.write(String.join(";", "nõue", number, contracts[random.nextInt(contracts.length)],
                        String.format("%02d.06.2025", day), "J-" + number, String.format("%02d.05.2025", day),
                        "on kindlustusjuhtum", "nakkus", "III", "", "", "ei", "", "", "", "", "", "", ""));
                out.newLine();
                if (i + 1 < ROWS) {
                    out.write(String.join(";", "väljamakse", number, "", "", "", "", "", "", "", "", "", "", "", "",
                            String.format("%02d.07.2025", day), "ravikulud",
                            (i + 1 >= ROWS - 2 * broken ? "-" : "") + (100 + random.nextInt(5000)) + ",50", "", ""));
                    out.newLine();
                }
            }
        }
        return file;
    }

    /** The physical limit: the same bytes into a table of text columns, no parsing, rules or events. */
    private double copy(Path file) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("create temp table bench_copy (" + "c01 text, c02 text, c03 text, c04 text, c05 text, c06 text,"
                        + " c07 text, c08 text, c09 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15 text,"
                        + " c16 text, c17 text, c18 text, c19 text)");
            }
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_copy from stdin (format csv, delimiter ';', header true)", reader);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement s = connection.createStatement()) {
                s.execute("drop table bench_copy");
            }
            return seconds;
        });
    }
}
