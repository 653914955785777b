package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claims file is judged claim by claim, yet reads as the file: a row is judged over what the rows above it made
 * of its claim, wherever in the file the claim's rows are, and the report lists problems in the file's order.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ClaimFileOrderTest {

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @TempDir
    Path dir;

    String contract;

    @BeforeEach
    void aContract() {
        contract = register.contract(DemoData.POHJALA).number();
    }

    UploadOutcome upload(Path file) throws Exception {
        Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, file.getFileName().toString(),
                false, true);
        return UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, upload.id);
    }

    long count(String sql, Object... params) {
        return fixtures.count(DemoData.POHJALA, sql, params);
    }

    @Test
    void aClaimsRowsFarApartAreJudgedInTheFilesOrderAndProblemsAreReportedSo() throws Exception {
        String early = RegisterFixtures.unique("ZZ");
        String late = RegisterFixtures.unique("AA");
        Path file = UploadFiles.claims()
                .item("väljamakse", late, "15.07.2025", "TREATMENT_COSTS", "100")
                .claim(early, contract, "INSURED_EVENT", "INFECTION", "III")
                .claim(late, contract, "INSURED_EVENT", "INFECTION", "II")
                .item("väljamakse", early, "15.07.2025", "NON_PECUNIARY", "1500")
                .item("väljamakse", late, "16.07.2025", "NON_PECUNIARY", "400")
                .item("väljamakse", early, "16.07.2025", "NON_PECUNIARY", "600")
                .item("väljamakse", late, "17.07.2025", "NON_PECUNIARY", "200")
                .csv(dir);

        UploadOutcome outcome = upload(file);

        // Row 2 comes before its claim's row; rows 7 and 8 pass their claim's cap only with the payouts above them.
        assertEquals("REFUSED", outcome.status());
        assertEquals(List.of("2:nõude_number:upload_claim_not_found", "7:summa:rule_non_pecuniary_cap",
                "8:summa:rule_non_pecuniary_cap"), outcome.problems());
        assertEquals(0, count("select count(*) from claim where claim_number in (?, ?)", early, late));
    }

    @Test
    void aNulCharacterPastTheReadersSampleIsACellsProblemNotAFailure() throws Exception {
        UploadFiles files = UploadFiles.claims();
        for (int i = 0; i < 700; i++) {
            files.claim(RegisterFixtures.unique("NU"), contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING");
        }
        String broken = RegisterFixtures.unique("NU");
        Path file = files.row("nõue;" + broken + ";" + contract + ";10.06.2025;J-\u0000;01.05.2025;SUBMITTED;"
                + "BEING_SPECIFIED;PENDING;;;ei;;;;;;;")
                .row("nõue;NU-\u0000;" + contract + ";10.06.2025;J-1;01.05.2025;SUBMITTED;BEING_SPECIFIED;PENDING;;;ei;;;;;;;")
                .csv(dir);

        UploadOutcome outcome = upload(file);

        assertEquals("REFUSED", outcome.status());
        assertEquals(List.of("702:juhtumi_number:rule_control_character", "703:nõude_number:rule_control_character"),
                outcome.problems());
        assertEquals(0, count("select count(*) from claim where claim_number = ?", broken));
    }
}
