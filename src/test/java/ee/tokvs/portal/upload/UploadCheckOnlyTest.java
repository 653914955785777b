package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.upload.UploadOutcomes.Outcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file sent only to be checked is judged row by row exactly as a save would judge it, and leaves nothing in the
 * register: its report is the report the real upload then gives, and its counts are what the save then does.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class UploadCheckOnlyTest {

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @TempDir
    Path dir;

    String contract;

    @BeforeEach
    void aContract() {
        contract = RegisterFixtures.unique("UK");
        fixtures.contract(DemoData.POHJALA, contract, DemoData.PROVIDER_LARGE_HOSPITAL);
    }

    Outcome send(Path file, boolean checkOnly) throws Exception {
        Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, file.getFileName().toString(),
                new UploadService.Options(false, true, checkOnly));
        return new UploadOutcomes(fixtures, DemoData.POHJALA).onceFinished(upload.id);
    }

    long written(String... numbers) {
        String in = String.join(", ", java.util.Collections.nCopies(numbers.length, "?"));
        return fixtures.count(DemoData.POHJALA, "select (select count(*) from claim where claim_number in (" + in + "))"
                + " + (select count(*) from submission_event where record_label in (" + in + "))",
                (Object[]) concat(numbers, numbers));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aCheckOfABadFileReportsWhatTheUploadThenReportsAndWritesNothing() throws Exception {
        String good = RegisterFixtures.unique("UK");
        String bad = RegisterFixtures.unique("UK");
        Path file = UploadFiles.claims()
                .claim(good, contract, "on kindlustusjuhtum", "nakkus", "III")
                .item("väljamakse", good, "15.07.2025", "ravikulud", "1 250,00")
                .claim(bad, contract, "INSURED_EVENT", "OTHER", "III")
                .item("väljamakse", bad, "32.07.2025", "ravikulud", "12,345")
                .csv(dir);

        Outcome checked = send(file, true);
        assertEquals("REFUSED", checked.status());
        assertEquals(List.of("4:juhtumi_liik:rule_incident_type_not_for_insured_event",
                "5:kuupäev:rule_not_a_date", "5:summa:rule_money_cents", "5:nõude_number:upload_claim_row_refused"),
                checked.problems());
        assertEquals(0, written(good, bad));

        assertEquals(checked, send(file, false));
    }

    @Test
    void aCheckOfAGoodFileCountsWhatASaveWouldDoAndWritesNothing() throws Exception {
        String number = RegisterFixtures.unique("UK");
        Path file = UploadFiles.claims()
                .claim(number, contract, "INSURED_EVENT", "INFECTION", "III")
                .item("väljamakse", number, "15.07.2025", "TREATMENT_COSTS", "100")
                .item("eraldis", number, "15.07.2025", "ravikulud", "900")
                .csv(dir);

        Outcome checked = send(file, true);
        assertEquals(new Outcome("DONE", 3, 3, 0, 0, 0, 0, List.of()), checked);
        assertEquals(0, written(number));

        assertEquals(checked, send(file, false));
        assertEquals(1 + 3, written(number));
    }
}
