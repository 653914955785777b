package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.shared.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadHeaderTest {

    static final List<String> CONTRACT_COLUMNS_ET = List.of("lepingu_number", "muudatuse_kuupäev", "kindlustusvõtja_kood",
            "perioodi_algus", "perioodi_lõpp", "kindlustussumma_juhtumi_kohta", "kindlustussumma_kokku");

    static UploadHeader header(List<String> names) {
        return UploadHeader.read(UploadKind.CONTRACTS, new TableRow(1, names), true);
    }

    @Test
    void estonianNamesAreRead() {
        UploadHeader header = header(CONTRACT_COLUMNS_ET);
        assertTrue(header.problems().isEmpty());
        assertEquals("10000018", header.value(new TableRow(2, List.of("L-1", "", " 10000018 ")), ContractRules.POLICYHOLDER));
        assertEquals(null, header.value(new TableRow(2, List.of("L-1", "")), ContractRules.CHANGE_DATE));
    }

    @Test
    void englishNamesCaseSpacesAndMissingDiacriticsAreReadToo() {
        UploadHeader header = header(List.of("Contract number", "CHANGE_DATE", "kindlustusvotja kood", "period-start",
                "period_end", "sum_per_event", "Sum aggregate"));
        assertTrue(header.problems().isEmpty(), header.problems().toString());
        assertEquals("Contract number", header.columnName(ContractRules.NUMBER));
    }

    @Test
    void missingUnknownAndRepeatedColumnsAreProblemsOfTheFile() {
        UploadHeader header = header(List.of("lepingu_number", "contract_number", "summa", "muudatuse_kuupäev"));
        List<String> keys = header.problems().stream().map(Finding::messageKey).toList();
        assertEquals(List.of("upload_file_missing_columns", "upload_file_unknown_columns", "upload_file_repeated_columns"), keys);
        assertEquals("kindlustusvõtja_kood, perioodi_algus, perioodi_lõpp, kindlustussumma_juhtumi_kohta, kindlustussumma_kokku",
                header.problems().get(0).args().get(0));
        assertEquals("summa", header.problems().get(1).args().get(0));
    }

    @Test
    void aMissingColumnIsNamedInTheLayoutsLanguageWhenTheFileLacksIt() {
        UploadHeader header = UploadHeader.read(UploadKind.CONTRACTS, new TableRow(1, List.of("contract_number")), false);
        assertEquals("change_date", header.columnName(ContractRules.CHANGE_DATE));
    }
}
