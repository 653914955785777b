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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contracts file is judged whole before anything is written (issue #15): whatever its earlier rows would have
 * saved, a refusal anywhere leaves the register as it was. {@link UploadJobTest} has the rows' own cases.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ContractsFileTest {

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

    @Test
    void aContractsFileRefusedInItsLastRowHasWrittenNothing() throws Exception {
        String stored = register.contract(DemoData.POHJALA).number();
        String fresh = RegisterFixtures.unique("UC");
        String unregistered = RegisterFixtures.freshRegistryCode("85");
        long eventsBefore = count("select count(*) from submission_event");
        // A conclusion with a policyholder Terviseamet lacks (its warning accepted), its extension, an amendment of a
        // stored contract: all judged saveable; then an extension of a contract nobody has.
        Path file = UploadFiles.contracts()
                .contract(fresh, "sõlmimine", "15.12.2024", unregistered, "01.01.2025", "31.12.2025", "1000", "2000")
                .contract(fresh, "pikendamine", "10.06.2025", unregistered, "01.01.2025", "31.12.2026", "1000", "2000")
                .contract(stored, "muutmine", "10.06.2025", DemoData.PROVIDER_DENTAL, "01.01.2025", "31.12.2025", "1000",
                        "2000")
                .contract(RegisterFixtures.unique("UC"), "pikendamine", "10.06.2025", DemoData.PROVIDER_DENTAL,
                        "01.01.2025", "31.12.2025", "1000", "2000")
                .csv(dir);

        UploadOutcome outcome = upload(file);

        assertEquals("REFUSED", outcome.status());
        assertEquals(List.of("2:kindlustusvõtja_kood:rule_policyholder_unknown",
                "3:kindlustusvõtja_kood:rule_policyholder_unknown", "5:lepingu_number:rule_contract_not_found"),
                outcome.problems());
        assertEquals(0, count("select count(*) from contract where contract_number = ?", fresh));
        assertEquals(1, count("select count(*) from contract_version v join contract c on c.id = v.contract_id"
                + " where c.contract_number = ?", stored));
        assertEquals(0, count("select lock_version from contract where contract_number = ?", stored));
        assertEquals(eventsBefore, count("select count(*) from submission_event"));
        assertEquals(0, count("select count(*) from healthcare_provider where registry_code = ?", unregistered));
    }

    @Test
    void aNulCharacterPastTheReadersSampleIsACellsProblemNotAFailure() throws Exception {
        UploadFiles files = UploadFiles.contracts();
        for (int i = 0; i < 900; i++) {
            files.contract(RegisterFixtures.unique("NU"), "sõlmimine", "15.12.2024", DemoData.PROVIDER_DENTAL,
                    "01.01.2025", "31.12.2025", "1000", "2000");
        }
        Path file = files.contract("NU-\u0000", "sõlmimine", "15.12.2024", DemoData.PROVIDER_DENTAL, "01.01.2025",
                "31.12.2025", "1000", "2000").csv(dir);

        UploadOutcome outcome = upload(file);

        assertEquals("REFUSED", outcome.status());
        assertEquals(List.of("902:lepingu_number:rule_control_character"), outcome.problems());
    }

    /** Sent by the signed-in staff member with warnings accepted beforehand; its outcome once finished. */
    UploadOutcome upload(Path file) throws Exception {
        Upload upload = uploads.accept(currentUser.actor(), UploadKind.CONTRACTS, file, file.getFileName().toString(),
                true, true);
        return UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, upload.id);
    }

    long count(String sql, Object... params) {
        return fixtures.count(DemoData.POHJALA, sql, params);
    }
}
