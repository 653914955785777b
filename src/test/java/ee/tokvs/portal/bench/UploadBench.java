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
import ee.tokvs.portal.upload.UploadService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * {@code ./portal bench upload}: a generated claims file (half claim rows, half payouts) uploaded through the
 * portal's upload service and job, as an insurer's staff member would, against PostgreSQL {@code COPY} of the
 * same file into a scratch table, the physical limit. Reports rows per second and the peak heap. It asserts
 * only that the upload went through, never how fast.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(BenchProfile.class)
@ActingAsPohjalaStaff
class UploadBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    private static final int CONTRACTS = 200;

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Test
    void uploadAClaimsFile() throws Exception {
        String run = RegisterFixtures.unique("B");
        String[] contracts = new String[CONTRACTS];
        for (int i = 0; i < CONTRACTS; i++) {
            contracts[i] = run + "-L" + i;
            register.contract(DemoData.POHJALA, aContract().number(contracts[i]));
        }
        Path file = claimsFile(run, contracts);
        double megabytes = Files.size(file) / (1024.0 * 1024.0);

        long started = System.nanoTime();
        String status;
        long peakHeap;
        try (BenchReport.HeapWatch heap = new BenchReport.HeapWatch()) {
            Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, file.getFileName().toString(),
                    false, true);
            status = waitFor(upload.id);
            peakHeap = heap.peakMegabytes();
        }
        double uploadSeconds = (System.nanoTime() - started) / 1e9;
        assertEquals("DONE", status, "the benchmark's file must go through");

        double copySeconds = copy(file);

        new BenchReport("upload")
                .line("rows in file:             %,d (%d claims, %d payouts), %.1f MB CSV", ROWS, ROWS / 2, ROWS - ROWS / 2, megabytes)
                .line("portal upload:            %.1f s, %,.0f rows/s (accepted to committed, rules and events included)",
                        uploadSeconds, ROWS / uploadSeconds)
                .line("portal peak heap:         %,d MB used (JVM max %,d MB)", peakHeap,
                        Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .line("PostgreSQL COPY:          %.2f s, %,.0f rows/s (same file into a scratch table, no rules)",
                        copySeconds, ROWS / copySeconds)
                .line("upload / COPY:            %.0f× the time", uploadSeconds / copySeconds)
                .write();
    }

    /** Claims spread over the contracts, each followed by one payout, dates within 2025. */
    private static Path claimsFile(String run, String[] contracts) throws Exception {
        Path file = Path.of("target", "bench", "claims-" + ROWS + ".csv");
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
                            String.format("%02d.07.2025", day), "ravikulud", (100 + random.nextInt(5000)) + ",50", "", ""));
                    out.newLine();
                }
            }
        }
        return file;
    }

    private String waitFor(long uploadId) throws InterruptedException {
        while (true) {
            String status = fixtures.asInsurer(DemoData.POHJALA, connection -> {
                try (PreparedStatement s = connection.prepareStatement("select status from upload where id = ?")) {
                    s.setLong(1, uploadId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return status;
            }
            Thread.sleep(250);
        }
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
