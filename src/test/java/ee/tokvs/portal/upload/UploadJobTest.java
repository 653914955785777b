package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads end to end below the web layer: the file is accepted, the background job runs as the uploader,
 * and the register is either changed by every row or not at all.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class UploadJobTest {

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Inject
    UploadLimits limits;

    @Inject
    UploadProgress progress;

    @Inject
    AgroalDataSource dataSource;

    @TempDir
    Path dir;

    String contract;

    @BeforeEach
    void aContract() {
        contract = register.contract(DemoData.POHJALA).number();
    }

    UploadOutcome upload(Path file, UploadKind kind, boolean acceptWarnings) throws Exception {
        return upload(currentUser.actor(), file, kind, acceptWarnings);
    }

    UploadOutcome upload(Actor actor, Path file, UploadKind kind, boolean acceptWarnings) throws Exception {
        Upload upload = uploads.accept(actor, kind, file, file.getFileName().toString(), acceptWarnings, true);
        return outcomeOnceFinished(upload.id);
    }

    /** The file only checked: judged as for a save, nothing written. */
    UploadOutcome check(Path file, UploadKind kind) throws Exception {
        Upload upload = uploads.accept(currentUser.actor(), kind, file, file.getFileName().toString(),
                new UploadService.Options(false, true, true));
        return outcomeOnceFinished(upload.id);
    }

    UploadOutcome outcomeOnceFinished(long id) {
        return UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, id);
    }

    long count(String sql, Object... params) {
        return fixtures.count(DemoData.POHJALA, sql, params);
    }

    @Test
    void contractVersionsAreSavedWithTheirEventsAndTheSameFileAgainChangesNothing() throws Exception {
        String number = RegisterFixtures.unique("UC");
        Path file = UploadFiles.contracts()
                .contract(number, "sõlmimine", "15.12.2024", DemoData.PROVIDER_DENTAL, "01.01.2025", "31.12.2025", "100 000,00", "500000")
                .contract(number, "pikendamine", "2025-12-10", DemoData.PROVIDER_DENTAL, "2025-01-01", "2026-12-31", "100000", "500000")
                .csv(dir);

        UploadOutcome first = upload(file, UploadKind.CONTRACTS, false);
        assertEquals(new UploadOutcome("DONE", 2, 1, 1, 0, 0, 0, List.of()), first);
        assertEquals(2, count("select count(*) from contract_version v join contract c on c.id = v.contract_id"
                + " where c.contract_number = ?", number));
        assertEquals(1, count("select count(*) from submission_event where record_label = ? and action = 'CONTRACT_EXTENSION'"
                + " and business_date = '2025-12-10' and actor_username = 'pohjala.staff'", number));

        UploadOutcome again = upload(file, UploadKind.CONTRACTS, false);
        assertEquals(new UploadOutcome("DONE", 2, 0, 0, 2, 0, 0, List.of()), again);
        assertEquals(2, count("select count(*) from submission_event where record_label = ?", number));
    }

    @Test
    void concludingANumberAlreadyTakenIsRefusedByTheContractRules() throws Exception {
        String number = RegisterFixtures.unique("UC");
        upload(UploadFiles.contracts().contract(number, "sõlmimine", "15.12.2024", DemoData.PROVIDER_DENTAL, "01.01.2025",
                "31.12.2025", "1000", "2000").csv(dir), UploadKind.CONTRACTS, false);
        UploadOutcome again = upload(UploadFiles.contracts().contract(number, "sõlmimine", "16.12.2024",
                DemoData.PROVIDER_DENTAL, "01.01.2025", "31.12.2025", "1000", "2000").csv(dir), UploadKind.CONTRACTS, false);
        assertEquals(List.of("2:lepingu_number:rule_contract_number_taken"), again.problems());
        assertEquals(1, count("select count(*) from contract_version v join contract c on c.id = v.contract_id"
                + " where c.contract_number = ?", number));
    }

    /** A good claim with its payout, and a bad one whose claim and payout rows (rows 4 and 5) break rules. */
    Path oneGoodClaimOneBad(String good, String bad) throws IOException {
        return UploadFiles.claims()
                .claim(good, contract, "on kindlustusjuhtum", "nakkus", "III")
                .item("väljamakse", good, "15.07.2025", "ravikulud", "1 250,00")
                .claim(bad, contract, "INSURED_EVENT", "OTHER", "III")
                .item("väljamakse", bad, "32.07.2025", "ravikulud", "12,345")
                .csv(dir);
    }

    static final List<String> PROBLEMS_OF_THE_BAD_CLAIM = List.of("4:juhtumi_liik:rule_incident_type_not_for_insured_event",
            "5:kuupäev:rule_not_a_date", "5:summa:rule_money_cents", "5:nõude_number:upload_claim_row_refused");

    long written(String good, String bad) {
        return count("select (select count(*) from claim where claim_number in (?, ?))"
                + " + (select count(*) from submission_event where record_label in (?, ?))", good, bad, good, bad);
    }

    @Test
    void oneBadRowAndNothingIsWrittenWhileEveryProblemIsListedByRowAndColumn() throws Exception {
        String good = RegisterFixtures.unique("UN");
        String bad = RegisterFixtures.unique("UN");

        UploadOutcome outcome = upload(oneGoodClaimOneBad(good, bad), UploadKind.CLAIMS, false);

        assertEquals("REFUSED", outcome.status());
        assertEquals(PROBLEMS_OF_THE_BAD_CLAIM, outcome.problems());
        assertEquals(0, written(good, bad));
    }

    @Test
    void aCheckReportsWhatTheUploadThenReportsAndWritesNothing() throws Exception {
        String good = RegisterFixtures.unique("UN");
        String bad = RegisterFixtures.unique("UN");
        Path file = oneGoodClaimOneBad(good, bad);

        UploadOutcome checked = check(file, UploadKind.CLAIMS);
        assertEquals("REFUSED", checked.status());
        assertEquals(PROBLEMS_OF_THE_BAD_CLAIM, checked.problems());
        assertEquals(0, written(good, bad));
        assertEquals(checked, upload(file, UploadKind.CLAIMS, false));

        // A good file: the check counts what the save then does, and only the save writes it.
        String number = RegisterFixtures.unique("UN");
        Path fine = UploadFiles.claims()
                .claim(number, contract, "INSURED_EVENT", "INFECTION", "III")
                .item("väljamakse", number, "15.07.2025", "TREATMENT_COSTS", "100")
                .item("eraldis", number, "15.07.2025", "ravikulud", "900")
                .csv(dir);
        UploadOutcome wouldSave = check(fine, UploadKind.CLAIMS);
        assertEquals(new UploadOutcome("DONE", 3, 3, 0, 0, 0, 0, List.of()), wouldSave);
        assertEquals(0, written(number, number));
        assertEquals(wouldSave, upload(fine, UploadKind.CLAIMS, false));
        assertEquals(3, count("select count(*) from submission_event where record_label = ?", number), "an event a row");
    }

    @Test
    void moneyRowsCountWithMultiplicitySoTheSameFileTwiceAddsNothing() throws Exception {
        String number = RegisterFixtures.unique("UN");
        Path file = UploadFiles.claims()
                .claim(number, contract, "INSURED_EVENT", "INFECTION", "III")
                .item("väljamakse", number, "15.07.2025", "TREATMENT_COSTS", "100")
                .item("payout", number, "2025-07-15", "treatment costs", "100,00")
                .item("tagasinõue", number, "20.08.2025", "omavastutus", "-50")
                .item("eraldis", number, "15.07.2025", "ravikulud", "900")
                .item("laekumata_tagasinõue", number, "20.08.2025", "teine kindlustusandja", "300")
                .csv(dir);

        assertEquals(new UploadOutcome("DONE", 6, 6, 0, 0, 0, 0, List.of()), upload(file, UploadKind.CLAIMS, false));
        assertEquals(2, count("select count(*) from payout p join claim c on c.id = p.claim_id where c.claim_number = ?", number));
        assertEquals(1, count("select count(*) from recovery r join claim c on c.id = r.claim_id where c.claim_number = ?"
                + " and r.amount = -50.00", number));

        assertEquals(new UploadOutcome("DONE", 6, 0, 0, 6, 0, 0, List.of()), upload(file, UploadKind.CLAIMS, false));
        assertEquals(2, count("select count(*) from payout p join claim c on c.id = p.claim_id where c.claim_number = ?", number));
        assertEquals(6, count("select count(*) from submission_event where record_label = ?", number));
    }

    @Test
    void aChangedClaimRowIsAChangeDatedByItsChangeDateWhichIsRequired() throws Exception {
        String number = RegisterFixtures.unique("UN");
        upload(UploadFiles.claims().claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir),
                UploadKind.CLAIMS, false);

        UploadOutcome undated = upload(UploadFiles.claims().claim(number, contract, "INSURED_EVENT", "INFECTION", "II")
                .csv(dir), UploadKind.CLAIMS, false);
        assertEquals(List.of("2:muudatuse_kuupäev:rule_required"), undated.problems());

        UploadOutcome dated = upload(UploadFiles.claims()
                .claimChanged(number, contract, "INSURED_EVENT", "INFECTION", "II", "02.09.2025").csv(dir), UploadKind.CLAIMS, false);
        assertEquals(new UploadOutcome("DONE", 1, 0, 1, 0, 0, 0, List.of()), dated);
        assertEquals(1, count("select count(*) from submission_event where record_label = ? and action = 'CLAIM_CHANGED'"
                + " and business_date = '2025-09-02' and deadline = '2025-09-03'", number));
        assertEquals(1, count("select count(*) from claim where claim_number = ? and severity = 'II'", number));
    }

    @Test
    void aClaimsFileWithoutTheOptionalColumnsLeavesThoseFieldsAsTheyAre() throws Exception {
        String number = RegisterFixtures.unique("UN");
        upload(UploadFiles.claims().row(String.join(";", "nõue", number, contract, "10.06.2025", "J-" + number,
                "01.05.2025", "SUBMITTED", "BEING_SPECIFIED", "PENDING", "GENERAL_SURGERY", "", "jah", "01.09.2025", "",
                "", "", "", "", "")).csv(dir), UploadKind.CLAIMS, false);
        Path lean = dir.resolve("lean.csv");
        Files.writeString(lean, "kirje;nõude_number;lepingu_number;nõude_saamise_kuupäev;juhtumi_number;juhtumi_kuupäev;"
                + "staatus;juhtumi_liik;raskusaste;kuupäev;liik;summa\n"
                + String.join(";", "nõue", number, contract, "10.06.2025", "J-" + number, "01.05.2025", "SUBMITTED",
                        "BEING_SPECIFIED", "PENDING", "", "", "") + "\n");

        assertEquals(new UploadOutcome("DONE", 1, 0, 0, 1, 0, 0, List.of()), upload(lean, UploadKind.CLAIMS, false));
        assertEquals(1, count("select count(*) from claim where claim_number = ? and specialty = 'GENERAL_SURGERY'"
                + " and handling_finished and finished_date = '2025-09-01'", number));
    }

    @Test
    void reservesWithStrayPercentagesAndNumbersSpelledDifferentlyAreStillTheSameRows() throws Exception {
        String number = RegisterFixtures.unique("UN");
        Path file = UploadFiles.claims()
                .claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING")
                .row(String.join(";", "eraldis", number, "", "", "", "", "", "", "", "", "", "", "", "", "15.07.2025",
                        "TREATMENT_COSTS", "900", "50", "20"))
                .csv(dir);
        upload(file, UploadKind.CLAIMS, false);
        Path respelled = UploadFiles.claims()
                .item("eraldis", number, "2025-07-15", "ravikulud", "900,00")
                .csv(dir);

        assertEquals(new UploadOutcome("DONE", 2, 0, 0, 2, 0, 0, List.of()), upload(file, UploadKind.CLAIMS, false));
        assertEquals(new UploadOutcome("DONE", 1, 0, 0, 1, 0, 0, List.of()), upload(respelled, UploadKind.CLAIMS, false));
        assertEquals(1, count("select count(*) from reserve r join claim c on c.id = r.claim_id where c.claim_number = ?",
                number));
    }

    @Test
    void anotherInsurersContractIsNotFoundAndItsDataStaysUntouched() throws Exception {
        String theirs = register.contract(DemoData.LAANEMERE).number();
        String number = RegisterFixtures.unique("UN");

        UploadOutcome outcome = upload(UploadFiles.claims().claim(number, theirs, "SUBMITTED", "BEING_SPECIFIED", "PENDING")
                .csv(dir), UploadKind.CLAIMS, false);

        assertEquals(List.of("2:lepingu_number:rule_contract_not_found"), outcome.problems());
        assertEquals(0, fixtures.count("*", "select count(*) from claim where claim_number = ?", number));
    }

    @Test
    void aClaimNumberTwiceInOneFileIsRefused() throws Exception {
        String number = RegisterFixtures.unique("UN");
        UploadOutcome outcome = upload(UploadFiles.claims()
                .claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING")
                .claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir), UploadKind.CLAIMS, false);
        assertEquals(List.of("3:nõude_number:upload_claim_number_twice"), outcome.problems());
        assertEquals(0, count("select count(*) from claim where claim_number = ?", number));
    }

    @Test
    void warningsStopTheUploadUnlessAcceptedBeforehand() throws Exception {
        String number = RegisterFixtures.unique("UC");
        String unregistered = RegisterFixtures.freshRegistryCode("87");
        Path file = UploadFiles.contracts()
                .contract(number, "", "02.01.2025", unregistered, "01.01.2025", "31.12.2025", "1000", "2000")
                .csv(dir);

        UploadOutcome held = upload(file, UploadKind.CONTRACTS, false);
        assertEquals("REFUSED", held.status());
        assertEquals(List.of("2:kindlustusvõtja_kood:rule_policyholder_unknown"), held.problems());
        assertEquals(0, count("select count(*) from contract where contract_number = ?", number));

        UploadOutcome accepted = upload(file, UploadKind.CONTRACTS, true);
        assertEquals("DONE", accepted.status());
        assertEquals(1, accepted.warnings());
        assertEquals(1, count("select count(*) from contract where contract_number = ?", number));
    }

    @Test
    void anXlsxFileWithRealDateCellsIsReadLikeItsCsv() throws Exception {
        String number = RegisterFixtures.unique("UN");
        Path file = UploadFiles.claims()
                .claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING")
                .item("eraldis", number, "2025-07-15", "TREATMENT_COSTS", "1500.5")
                .xlsx(dir, "claims");
        assertEquals(new UploadOutcome("DONE", 2, 2, 0, 0, 0, 0, List.of()), upload(file, UploadKind.CLAIMS, false));
        assertEquals(1, count("select count(*) from reserve r join claim c on c.id = r.claim_id where c.claim_number = ?"
                + " and r.amount = 1500.50 and r.set_on = '2025-07-15'", number));
    }

    @Test
    void badFilesAreRefusedWithOneClearMessageAndNothingWritten() throws Exception {
        long claimsBefore = count("select count(*) from claim");
        byte[] junk = new byte[5000];
        new Random(11).nextBytes(junk);
        junk[10] = 0;
        Path bomb = UploadFiles.zipBomb(dir, 20);
        String baltic = UploadFiles.CLAIM_HEADER + "\nnõue;Õ-1\n";

        assertEquals(List.of("-:-:upload_file_empty"), upload(write("empty.csv", new byte[0]), UploadKind.CLAIMS, false).problems());
        assertEquals(List.of("-:-:upload_file_binary"), upload(write("junk.csv", junk), UploadKind.CLAIMS, false).problems());
        assertEquals(List.of("-:-:upload_file_not_utf8"),
                upload(write("baltic.csv", baltic.getBytes(Charset.forName("windows-1257"))), UploadKind.CLAIMS, false).problems());
        assertEquals(List.of("-:-:upload_file_zip_bomb"), upload(bomb, UploadKind.CLAIMS, false).problems());
        assertEquals(List.of("-:-:upload_file_missing_columns", "-:-:upload_file_unknown_columns"),
                upload(write("columns.csv", "nõude_number;mis see on\nN-1;x\n".getBytes()), UploadKind.CLAIMS, false).problems());
        assertEquals(List.of("-:-:upload_file_no_rows"),
                upload(write("header.csv", (UploadFiles.CLAIM_HEADER + "\n").getBytes()), UploadKind.CLAIMS, false).problems());
        assertEquals(claimsBefore, count("select count(*) from claim"));
    }

    @Test
    void aFileOverTheLimitIsNotEvenAccepted() throws Exception {
        Path large = write("large.csv", new byte[2 * 1024 * 1024 + 1]);
        UploadService.NotAccepted refusal = assertThrows(UploadService.NotAccepted.class,
                () -> uploads.accept(currentUser.actor(), UploadKind.CLAIMS, large, "large.csv", false, true));
        assertEquals("upload_too_large", refusal.rule().key());
    }

    Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void theUploaderAndTheirCountsAreKept() throws Exception {
        String number = RegisterFixtures.unique("UN");
        Path file = UploadFiles.claims().claim(number, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);
        Path folder = Path.of(limits.directory());
        Path kept;
        long id;
        // The job is held before its rows (the insurer's upload lock), so its kept file can be looked at.
        try (HeldUploadLock queue = HeldUploadLock.of(dataSource, DemoData.POHJALA)) {
            id = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, file, "claims.csv", false, true).id;
            // its own kept file: the one with this test's content (a claim number of its own)
            List<Path> copies = copiesOf(file, folder);
            assertEquals(1, copies.size(), "kept copies of " + file + ": " + copies);
            kept = copies.get(0);
            // The file waits in a folder only the portal may enter, readable by the portal alone.
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        }
        assertEquals("DONE", outcomeOnceFinished(id).status());
        assertEquals(1, count("select count(*) from upload where id = ? and uploaded_by = 'pohjala.staff'"
                + " and uploaded_by_name = 'Kati Kask' and rows_created = 1 and file_sha256 ~ '^[0-9a-f]{64}$'", id));
        // Gone once its job has ended (the job deletes it just after recording the end).
        Waiting.until("upload " + id + "'s job to end", () -> progress.here(id).isEmpty());
        assertFalse(Files.exists(kept), kept + " is left behind");
    }

    private static List<Path> copiesOf(Path file, Path folder) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path kept : (Iterable<Path>) files::iterator) {
                try {
                    if (Files.mismatch(kept, file) == -1) {
                        copies.add(kept);
                    }
                } catch (NoSuchFileException e) {
                    // another upload's file, deleted as its job ended
                }
            }
        }
        return copies;
    }
}
