package ee.tokvs.portal.bench;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.SystemClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./portal bench api}: claims created through {@code PUT /api/v1/claims/{number}} by an insurer's system with
 * a real client-credentials token, by 1, 4 and 16 clients at once, each call a separate HTTP request with its own
 * idempotency key, as a claims system would send them. Reports claims per second next to the upload's rate (from
 * {@code ./portal bench upload}, if it ran). Asserts only that every call was saved, never how fast.
 */
@Tag("bench")
@QuarkusTest
@TestProfile(BenchProfile.class)
class ApiBench {

    private static final int CLAIMS = Integer.getInteger("bench.claims", 2_000);
    private static final int CONTRACTS = 50;
    private static final int[] CLIENTS = {1, 4, 16};

    @Inject
    Register register;

    @TestHTTPResource("/api/v1/claims/")
    URL claims;

    @Test
    void claimsThroughTheApi() throws Exception {
        String run = RegisterFixtures.unique("BA");
        String[] contracts = new String[CONTRACTS];
        for (int i = 0; i < CONTRACTS; i++) {
            contracts[i] = run + "-L" + i;
            register.contract(DemoData.POHJALA, aContract().number(contracts[i]));
        }
        HttpClient http = HttpClient.newBuilder().build();
        BenchReport report = new BenchReport("api").line("claims per level:   %,d, each one PUT with its own key", CLAIMS);
        for (int clients : CLIENTS) {
            String token = SystemClients.POHJALA.token();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger saved = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long started = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CLAIMS; i = next.getAndIncrement()) {
                        if (send(http, token, run + "-" + clients + "-" + i, contracts[i % CONTRACTS]) == 201) {
                            saved.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            assertEquals(CLAIMS, saved.get(), "every call of the benchmark must be saved");
            report.line("%2d client(s):       %.1f s, %,.0f claims/s", clients, seconds, CLAIMS / seconds);
        }
        Path upload = Path.of("target", "bench", "upload.txt");
        report.line("upload, for comparison: %s", Files.exists(upload) ? Files.readAllLines(upload).stream()
                .filter(l -> l.startsWith("portal upload:")).findFirst().orElse("?").substring(14).trim()
                : "not measured (./portal bench upload)");
        report.write();
    }

    private int send(HttpClient http, String token, String number, String contract) throws Exception {
        String body = """
                {"contractNumber": "%s", "receivedDate": "2025-06-10", "incidentNumber": "J-%s",
                 "incidentDate": "2025-05-01", "status": "INSURED_EVENT", "incidentType": "INFECTION", "severity": "III"}"""
                .formatted(contract, number);
        HttpRequest request = HttpRequest.newBuilder(URI.create(claims + number))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
