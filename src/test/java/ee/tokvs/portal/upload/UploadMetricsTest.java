package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each upload this instance ran is counted by its result, and a saved one's rows per second are recorded. */
@QuarkusTest
@ActingAsPohjalaStaff
class UploadMetricsTest {

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    MeterRegistry registry;

    @TempDir
    Path dir;

    @Test
    void uploadsAreCountedByResultAndASavedOnesRateIsRecorded() throws Exception {
        double done = count("DONE");
        double refused = count("REFUSED");
        long rates = rates();
        String contract = register.contract(DemoData.POHJALA).number();

        upload(UploadFiles.claims().claim(RegisterFixtures.unique("UM"), contract, "SUBMITTED", "BEING_SPECIFIED",
                "PENDING").claim(RegisterFixtures.unique("UM"), contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING"));
        Waiting.until("the saved upload to be counted", () -> count("DONE") == done + 1);
        upload(UploadFiles.claims().claim(RegisterFixtures.unique("UM"), "NO-SUCH-CONTRACT", "SUBMITTED",
                "BEING_SPECIFIED", "PENDING"));
        Waiting.until("the refused upload to be counted", () -> count("REFUSED") == refused + 1);

        assertEquals(done + 1, count("DONE"), "the refused upload is not counted as saved");
        assertEquals(rates + 1, rates(), "a rate for the saved upload only");
    }

    private void upload(UploadFiles file) throws Exception {
        Path csv = file.csv(dir);
        Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, csv, csv.getFileName().toString(),
                false, true);
        UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, upload.id);
    }

    private double count(String result) {
        Counter counter = registry.find("tokvs.uploads").tags("kind", "CLAIMS", "result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private long rates() {
        DistributionSummary summary = registry.find("tokvs.upload.rows.per.second").tag("kind", "CLAIMS").summary();
        return summary == null ? 0 : summary.count();
    }
}
