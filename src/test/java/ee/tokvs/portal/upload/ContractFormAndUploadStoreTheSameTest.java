package ee.tokvs.portal.upload;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ContractBuilder;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PGobject;

/**
 * A contract's form and a one-row contracts upload store exactly the same rows (issue #15), as
 * {@link FormAndUploadStoreTheSameTest} shows for claims: the same values saved through the contract service the
 * contract's page uses on one contract and through a file on another, then what PostgreSQL holds for each compared
 * column by column: the contract, its versions, its submission events, its dashboard summary (dash_contract, kept by a
 * trigger) and its policyholder's row. Ids, the moments rows were written and the channel are left out; the contract's
 * number and policyholder are read as placeholders.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ContractFormAndUploadStoreTheSameTest {

    private static final Map<String, String> TABLES = Map.of(
            "contract", "select * from contract where id = ?",
            "contract_version", "select * from contract_version where contract_id = ? order by version_no",
            "submission_event", "select * from submission_event where record_type = 'CONTRACT' and record_id = ?"
                    + " order by id",
            "dash_contract", "select * from dash_contract where contract_id = ?");

    @Inject
    ContractService contracts;

    @Inject
    UploadService uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Clock clock;

    @TempDir
    Path dir;

    @Test
    void aContractConcludedByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        UnaryOperator<ContractBuilder> contract = c -> c.policyholder(DemoData.PROVIDER_DENTAL).sums("50 000", "150000,5");
        ContractBuilder byForm = contract.apply(aContract());
        ContractBuilder byUpload = contract.apply(aContract());

        contracts.conclude(byForm.form());
        assertEquals(done(1, 0, 0), upload(UploadFiles.contracts().contract(byUpload.form(), "sõlmimine"), false));

        assertStoredAlike(byForm, byUpload, List.of("UPLOAD"));
    }

    @Test
    void aContractOfAnUnregisteredPolicyholderConcludedByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        // Each with a policyholder Terviseamet has not registered: recorded as unknown, the warning accepted.
        ContractBuilder byForm = aContract().policyholder(RegisterFixtures.freshRegistryCode("86")).confirmingWarnings();
        ContractBuilder byUpload = aContract().policyholder(RegisterFixtures.freshRegistryCode("86"));

        contracts.conclude(byForm.form());
        assertEquals(done(1, 0, 1), upload(UploadFiles.contracts().contract(byUpload.form(), ""), true));

        assertStoredAlike(byForm, byUpload, List.of("UPLOAD"));
    }

    @Test
    void anAmendmentByItsFormAndByAOneRowUploadIsStoredAlike() throws Exception {
        ContractBuilder byForm = concluded();
        ContractBuilder byUpload = concluded();
        // Dated today, so this submission is on time (the conclusions are late): both ways of judging are compared.
        UnaryOperator<ContractBuilder> amendment = c -> c.changeDate(Clocks.today(clock)).sums("120000", "360000")
                .policyholder(DemoData.PROVIDER_FAMILY);

        String[] stored = fixtures.asInsurer(DemoData.POHJALA, connection -> DatabaseSessions.strings(connection,
                "select id, lock_version from contract where contract_number = ?", byForm.number()).get(0));
        contracts.change(Long.parseLong(stored[0]), ChangeKind.AMENDMENT,
                amendment.apply(byForm).lockVersion(Long.parseLong(stored[1])).form());
        assertEquals(done(0, 1, 0), upload(UploadFiles.contracts().contract(amendment.apply(byUpload).form(), "muutmine"),
                false));

        assertStoredAlike(byForm, byUpload, List.of("FORM", "UPLOAD"));
    }

    /** A contract as the builder's defaults have it, concluded by its form. */
    ContractBuilder concluded() {
        ContractBuilder contract = aContract();
        contracts.conclude(contract.form());
        return contract;
    }

    UploadOutcome upload(UploadFiles file, boolean acceptWarnings) throws Exception {
        Path csv = file.csv(dir);
        Upload upload = uploads.accept(currentUser.actor(), UploadKind.CONTRACTS, csv, csv.getFileName().toString(),
                acceptWarnings, true);
        return UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, upload.id);
    }

    static UploadOutcome done(int created, int changed, int warnings) {
        return new UploadOutcome("DONE", 1, created, changed, 0, 0, warnings,
                warnings == 0 ? List.of() : List.of("2:kindlustusvõtja_kood:rule_policyholder_unknown"));
    }

    void assertStoredAlike(ContractBuilder byForm, ContractBuilder byUpload, List<String> uploadChannels) {
        Map<String, List<Map<String, Object>>> formRows = stored(byForm);
        Map<String, List<Map<String, Object>>> uploadRows = stored(byUpload);
        assertEquals(1, formRows.get("contract").size(), "the form's contract");
        assertEquals(1, formRows.get("dash_contract").size(), "the form's dashboard summary");
        assertEquals(1, formRows.get("healthcare_provider").size(), "the form's policyholder");

        List<String> expected = new ArrayList<>(List.of("FORM", "FORM").subList(0, formRows.get("submission_event")
                .size() - uploadChannels.size()));
        expected.addAll(uploadChannels);
        assertEquals(expected, channels(byUpload), "the upload's submission channels");

        List<String> differences = FormAndUploadStoreTheSameTest.differences(formRows, uploadRows);
        if (!differences.isEmpty()) {
            fail("the upload stored otherwise than the form:\n  " + String.join("\n  ", differences)
                    + "\nstored by the form: " + formRows + "\nstored by the upload: " + uploadRows);
        }
    }

    /** What the database holds for the contract, each row as column → value minus the columns not compared. */
    Map<String, List<Map<String, Object>>> stored(ContractBuilder contract) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> {
            Map<String, Object> ids = DatabaseSessions.rows(connection, "select k.id, v.policyholder_code from contract k"
                    + " join current_contract_version v on v.contract_id = k.id where k.contract_number = ?",
                    contract.number()).get(0);
            String policyholder = (String) ids.get("policyholder_code");
            Map<String, List<Map<String, Object>>> stored = new LinkedHashMap<>();
            for (String table : List.of("contract", "contract_version", "submission_event", "dash_contract")) {
                stored.put(table, comparable(DatabaseSessions.rows(connection, TABLES.get(table), ids.get("id")),
                        contract.number(), policyholder));
            }
            stored.put("healthcare_provider", comparable(DatabaseSessions.rows(connection,
                    "select * from healthcare_provider where registry_code = ?", policyholder), contract.number(),
                    policyholder));
            return stored;
        });
    }

    /** The rows without the columns not compared; the contract's number and policyholder in any text as placeholders. */
    static List<Map<String, Object>> comparable(List<Map<String, Object>> rows, String number, String policyholder) {
        List<Map<String, Object>> comparable = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                if (FormAndUploadStoreTheSameTest.NOT_COMPARED.contains(column) || column.equals("contract_id")) {
                    return;
                }
                if (value instanceof PGobject json) {
                    value = json.getValue();
                }
                if (value instanceof String text) {
                    value = text.replace(number, "<contract number>").replace(policyholder, "<policyholder>");
                }
                values.put(column, value);
            });
            comparable.add(values);
        }
        return comparable;
    }

    List<String> channels(ContractBuilder contract) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> DatabaseSessions.strings(connection,
                "select e.channel from submission_event e join contract k on k.id = e.record_id"
                        + " where e.record_type = 'CONTRACT' and k.contract_number = ? order by e.id", contract.number())
                .stream().map(row -> row[0]).toList());
    }
}
