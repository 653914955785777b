package ee.tokvs.portal.upload;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.MoneyRowBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PGobject;

/**
 * A form's save and a one-row upload store exactly the same rows (issue #15): whatever way the upload job writes,
 * a claim created, changed or given money through a file is, column by column, the claim the form would have
 * stored. Each case prepares two claims alike (each under a contract of its own, with fresh numbers), saves the
 * same values through the claim's form ({@link ClaimService}, as the claim's page does) on one and through a
 * file on the other, and compares what PostgreSQL then holds for each: the claim, its money rows, its submission
 * events and its dashboard summaries. Only what must differ is left out (ids, the moments rows were written);
 * the claim's and contract's numbers are read as placeholders, and the channel is asserted on its own.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class FormAndUploadStoreTheSameTest {

    /** Columns that differ between any two records: their ids and when they were written. */
    static final Set<String> NOT_COMPARED = Set.of("id", "claim_id", "record_id", "created_at", "updated_at",
            "recorded_at", "submitted_at", "channel", "reverses_id");

    /** What the database holds for a claim, table by table; each read as the insurer (row-level security). */
    static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("claim", "select * from claim where id = ?");
        for (String money : List.of("payout", "recovery", "reserve", "outstanding_recovery")) {
            tables.put(money, "select * from " + money + " where claim_id = ? order by id");
        }
        tables.put("submission_event", "select * from submission_event where record_type = 'CLAIM' and record_id = ?"
                + " order by id");
        tables.put("dash_claim", "select * from dash_claim where id = ?");
        tables.put("dash_claim_money", "select * from dash_claim_money where claim_id = ? order by measure, type");
        return Collections.unmodifiableMap(tables);
    }

    @Inject
    ClaimService claims;

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Clock clock;

    @TempDir
    Path dir;

    @Test
    void aClaimCreatedByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        // Decided and finished at once, with a specialty and its additional competence: every column has a value.
        UnaryOperator<ClaimBuilder> claim = c -> c.insured("III").specialty("PAEDIATRICS")
                .competence("PAEDIATRICS_ALLERGOLOGY").finished("2025-09-01");
        ClaimBuilder byForm = claim.apply(aClaim().contract(aContract()));
        ClaimBuilder byUpload = claim.apply(aClaim().contract(aContract()));

        claims.create(byForm.form());
        assertEquals(done(1, 0), upload(UploadFiles.claims().claim(byUpload.form())));

        assertStoredAlike(byForm, byUpload, List.of("UPLOAD"));
    }

    @Test
    void aClaimChangedByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        ClaimBuilder byForm = submittedClaim();
        ClaimBuilder byUpload = submittedClaim();
        // Dated today, so this submission is on time (the others here are late): both ways of judging are compared.
        String today = Clocks.today(clock).toString();
        UnaryOperator<ClaimBuilder> change = c -> c.insured("IV").type("DIAGNOSIS_OR_TREATMENT_ERROR")
                .competence("PAEDIATRIC_NEUROLOGY").finished("2025-09-01").changeDate(today);

        long[] claim = idAndVersion(byForm);
        claims.change(claim[0], change.apply(byForm).lockVersion(claim[1]).form());
        assertEquals(done(0, 1), upload(UploadFiles.claims().claim(change.apply(byUpload).form())));

        assertStoredAlike(byForm, byUpload, List.of("FORM", "UPLOAD"));
    }

    @Test
    void aPermanentIncapacityPayoutAddedByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        ClaimBuilder byForm = insuredClaim();
        ClaimBuilder byUpload = insuredClaim();
        // Percentages with one decimal and a comma: stored as numeric(5,2), logged as read.
        MoneyRowBuilder payout = aPayout().type("PERMANENT_INCAPACITY").date("2025-08-04").amount("12 500,50")
                .reductions("60", "45,5");

        addByForm(byForm, payout);
        addByUpload(byUpload, payout);

        assertStoredAlike(byForm, byUpload, List.of("FORM", "UPLOAD"));
    }

    @Test
    void aReserveAndARecoveryAddedByTheirFormsAndByOneRowUploadsAreStoredAlike() throws Exception {
        ClaimBuilder byForm = insuredClaim();
        ClaimBuilder byUpload = insuredClaim();
        MoneyRowBuilder reserve = aReserve().type("TEMPORARY_INCAPACITY").date("2025-07-15").amount("900");
        MoneyRowBuilder recovery = aRecovery().type("OTHER_INSURER").date("2025-08-20").amount("-250,75");

        addByForm(byForm, reserve);
        addByUpload(byUpload, reserve);
        addByForm(byForm, recovery);
        addByUpload(byUpload, recovery);

        assertStoredAlike(byForm, byUpload, List.of("FORM", "UPLOAD", "UPLOAD"));
    }

    @Test
    void aPayoutCorrectedByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        MoneyRowBuilder payout = aPayout().type("NON_PECUNIARY").amount("1500");
        ClaimBuilder byForm = insuredClaim();
        ClaimBuilder byUpload = insuredClaim();
        addByForm(byForm, payout);
        addByForm(byUpload, payout);

        long[] saved = idAndVersion(byForm);
        ItemForm correction = new ItemForm();
        correction.correctionReason = "entered twice";
        correction.lockVersion = String.valueOf(saved[1]);
        long original = fixtures.count(DemoData.POHJALA, "select id from payout where claim_id = ?", saved[0]);
        claims.correct(saved[0], ItemForm.Kind.PAYOUT, original, correction);
        // the file's reversal: the stored row's date and type, the amount turned round, and the reason
        UploadFiles reversal = UploadFiles.claimsWithCorrections().item(ItemForm.Kind.PAYOUT, byUpload.number(),
                aPayout().type("NON_PECUNIARY").amount("-1500").correcting("entered twice").form());
        assertEquals(done(1, 0), upload(reversal));

        assertStoredAlike(byForm, byUpload, List.of("FORM", "FORM", "UPLOAD"));
        // the same file again finds its reversal stored: nothing is added
        assertEquals(new UploadOutcome("DONE", 1, 0, 0, 1, 0, 0, List.of()), upload(reversal));
    }

    /** A contract of the insurer as the builder's defaults have it, numbered afresh. */
    String aContract() {
        return register.contract(DemoData.POHJALA).number();
    }

    /** A claim under a new contract, saved by its form: submitted, being specified, one specialty. */
    ClaimBuilder submittedClaim() {
        ClaimBuilder claim = aClaim().contract(aContract()).specialty("PAEDIATRICS");
        claims.create(claim.form());
        return claim;
    }

    /** A claim under a new contract, saved by its form: an insured event of severity IV. */
    ClaimBuilder insuredClaim() {
        ClaimBuilder claim = aClaim().contract(aContract()).insured("IV");
        claims.create(claim.form());
        return claim;
    }

    void addByForm(ClaimBuilder claim, MoneyRowBuilder row) {
        long[] saved = idAndVersion(claim);
        claims.addItem(saved[0], row.kind(), row.lockVersion(saved[1]).form());
    }

    /** The claim's id and its version as its page would show it now. */
    long[] idAndVersion(ClaimBuilder claim) {
        String[] row = fixtures.asInsurer(DemoData.POHJALA, connection -> DatabaseSessions.strings(connection,
                "select id, lock_version from claim where claim_number = ?", claim.number()).get(0));
        return new long[] {Long.parseLong(row[0]), Long.parseLong(row[1])};
    }

    void addByUpload(ClaimBuilder claim, MoneyRowBuilder row) throws Exception {
        assertEquals(done(1, 0), upload(UploadFiles.claims().item(row.kind(), claim.number(), row.form())));
    }

    /** The file uploaded by the signed-in staff member, as the upload page sends it; its outcome once finished. */
    UploadOutcome upload(UploadFiles file) throws Exception {
        Path csv = file.csv(dir);
        Upload upload = uploads.accept(currentUser.actor(), UploadKind.CLAIMS, csv, csv.getFileName().toString(),
                false, true);
        return UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, upload.id);
    }

    static UploadOutcome done(int created, int changed) {
        return new UploadOutcome("DONE", 1, created, changed, 0, 0, 0, List.of());
    }

    /**
     * The two claims hold the same in every table, and their submission events came by form, the upload's last
     * ones by file (the channels given).
     */
    void assertStoredAlike(ClaimBuilder byForm, ClaimBuilder byUpload, List<String> uploadChannels) {
        Map<String, List<Map<String, Object>>> formRows = stored(byForm);
        Map<String, List<Map<String, Object>>> uploadRows = stored(byUpload);
        assertEquals(1, formRows.get("claim").size(), "the form's claim");
        assertFalse(formRows.get("submission_event").isEmpty(), "the form's submission events");

        List<String> formChannels = Collections.nCopies(formRows.get("submission_event").size(), "FORM");
        assertEquals(formChannels, channels(byForm), "the form's submission channels");
        List<String> expected = new ArrayList<>(formChannels.subList(0, formChannels.size() - uploadChannels.size()));
        expected.addAll(uploadChannels);
        assertEquals(expected, channels(byUpload), "the upload's submission channels");

        List<String> differences = differences(formRows, uploadRows);
        if (!differences.isEmpty()) {
            fail("the upload stored otherwise than the form:\n  " + String.join("\n  ", differences)
                    + "\nstored by the form: " + formRows + "\nstored by the upload: " + uploadRows);
        }
    }

    /** Every column the two hold differently, as "table[row].column: form …, upload …". */
    static List<String> differences(Map<String, List<Map<String, Object>>> formRows,
            Map<String, List<Map<String, Object>>> uploadRows) {
        List<String> differences = new ArrayList<>();
        formRows.forEach((table, byForm) -> {
            List<Map<String, Object>> byUpload = uploadRows.get(table);
            if (byForm.size() != byUpload.size()) {
                differences.add(table + ": " + byForm.size() + " rows by form, " + byUpload.size() + " by upload");
                return;
            }
            for (int i = 0; i < byForm.size(); i++) {
                for (String column : byForm.get(i).keySet()) {
                    Object form = byForm.get(i).get(column);
                    Object upload = byUpload.get(i).get(column);
                    if (!Objects.equals(form, upload)) {
                        differences.add(table + "[" + i + "]." + column + ": form " + form + ", upload " + upload);
                    }
                }
            }
        });
        return differences;
    }

    /** What the database holds for the claim, each row as column → value minus {@link #NOT_COMPARED}. */
    Map<String, List<Map<String, Object>>> stored(ClaimBuilder claim) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> {
            Map<String, Object> ids = DatabaseSessions.rows(connection, "select c.id, c.contract_id from claim c"
                    + " join contract k on k.id = c.contract_id where c.claim_number = ? and k.contract_number = ?",
                    claim.number(), claim.contract()).get(0);
            Map<String, List<Map<String, Object>>> stored = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> row : DatabaseSessions.rows(connection, table.getValue(), ids.get("id"))) {
                    rows.add(comparable(row, claim, ids.get("contract_id")));
                }
                stored.put(table.getKey(), rows);
            }
            return stored;
        });
    }

    /**
     * The row without {@link #NOT_COMPARED}; the claim's own contract, and the claim's and contract's numbers in any
     * text (an incident number, an event's label and its changes), as placeholders.
     */
    static Map<String, Object> comparable(Map<String, Object> row, ClaimBuilder claim, Object contractId) {
        Map<String, Object> comparable = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (NOT_COMPARED.contains(column)) {
                return;
            }
            if (column.equals("contract_id") && contractId.equals(value)) {
                value = "<the claim's contract>";
            }
            if (value instanceof PGobject json) {
                value = json.getValue();
            }
            if (value instanceof String text) {
                value = text.replace(claim.number(), "<claim number>").replace(claim.contract(), "<contract number>");
            }
            comparable.put(column, value);
        });
        return comparable;
    }

    List<String> channels(ClaimBuilder claim) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> DatabaseSessions.strings(connection,
                "select e.channel from submission_event e join claim c on c.id = e.record_id"
                        + " where e.record_type = 'CLAIM' and c.claim_number = ? order by e.id", claim.number())
                .stream().map(row -> row[0]).toList());
    }
}
