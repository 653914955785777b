package ee.tokvs.portal.upload;

import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a claims file's rows into the forms a claim's save takes: a row per claim (record "nõue") or per money row
 * (payout, recovery, reserve, outstanding recovery), codes named by code or label. One per file.
 */
final class ClaimRowReader {

    static final String RECORD = "record";

    private static final Map<String, ItemForm.Kind> ITEM_KINDS = Map.of(
            "valjamakse", ItemForm.Kind.PAYOUT, "payout", ItemForm.Kind.PAYOUT,
            "tagasinoue", ItemForm.Kind.RECOVERY, "recovery", ItemForm.Kind.RECOVERY,
            "eraldis", ItemForm.Kind.RESERVE, "reserve", ItemForm.Kind.RESERVE,
            "laekumata_tagasinoue", ItemForm.Kind.OUTSTANDING_RECOVERY,
            "outstanding_recovery", ItemForm.Kind.OUTSTANDING_RECOVERY);
    private static final Set<String> CLAIM_RECORDS = Set.of("noue", "claim");
    /** A file spells its record kinds a few ways; a file of nonsense does not fill the memory. */
    private static final int KINDS_KEPT = 64;

    /** What a row's record says it is: a claim, a money row of a kind, or nothing known (null). */
    record Kind(boolean claim, ItemForm.Kind item) {
        static final Kind CLAIM = new Kind(true, null);
    }

    final UploadHeader header;
    private final CodeMatcher codes;
    private final boolean acceptWarnings;
    private final Map<String, Kind> kinds = new HashMap<>();

    ClaimRowReader(UploadHeader header, CodeMatcher codes, boolean acceptWarnings) {
        this.header = header;
        this.codes = codes;
        this.acceptWarnings = acceptWarnings;
    }

    /** The row's record kind; null when the record names none. */
    Kind kind(String record) {
        Kind kind = kinds.get(record);
        if (kind == null) {
            String normalised = UploadColumn.normalise(record);
            ItemForm.Kind item = ITEM_KINDS.get(normalised);
            kind = CLAIM_RECORDS.contains(normalised) ? Kind.CLAIM : item == null ? null : new Kind(false, item);
            if (kind != null && kinds.size() < KINDS_KEPT) {
                kinds.put(record, kind);
            }
        }
        return kind;
    }

    ClaimForm claimForm(TableRow row, String number, Findings reading) {
        ClaimForm form = new ClaimForm();
        form.claimNumber = number;
        form.contractNumber = header.value(row, ClaimRules.CONTRACT);
        form.receivedDate = header.value(row, ClaimRules.RECEIVED);
        form.incidentNumber = header.value(row, ClaimRules.INCIDENT_NUMBER);
        form.incidentDate = header.value(row, ClaimRules.INCIDENT_DATE);
        form.status = codes.code(CodeList.CLAIM_STATUS, header.value(row, ClaimRules.STATUS));
        form.incidentType = codes.code(CodeList.INCIDENT_TYPE, header.value(row, ClaimRules.INCIDENT_TYPE));
        form.severity = codes.code(CodeList.SEVERITY, header.value(row, ClaimRules.SEVERITY));
        form.specialty = codes.code(CodeList.SPECIALTY, header.value(row, ClaimRules.SPECIALTY));
        form.additionalCompetence = codes.code(CodeList.ADDITIONAL_COMPETENCE, header.value(row, ClaimRules.COMPETENCE));
        form.handlingFinished = Fields.yesNo(reading, ClaimRules.FINISHED, header.value(row, ClaimRules.FINISHED));
        form.finishedDate = header.value(row, ClaimRules.FINISHED_DATE);
        form.changeDate = header.value(row, ClaimForm.CHANGE_DATE);
        form.confirmWarnings = acceptWarnings;
        return form;
    }

    ItemForm itemForm(TableRow row, ItemForm.Kind kind) {
        ItemForm form = new ItemForm();
        form.date = header.value(row, ClaimRules.ITEM_DATE);
        form.type = codes.code(CodeList.valueOf(kind.codeList), header.value(row, ClaimRules.ITEM_TYPE));
        form.amount = header.value(row, ClaimRules.ITEM_AMOUNT);
        form.generalReductionPct = header.value(row, ClaimRules.GENERAL_PCT);
        form.eventReductionPct = header.value(row, ClaimRules.EVENT_PCT);
        form.correctionReason = header.value(row, ClaimRules.CORRECTION_REASON);
        form.confirmWarnings = acceptWarnings;
        return form;
    }

    /**
     * Whether the row can be read at all, whatever the register holds: its record and claim number given, its record
     * known, its dates, numbers and yes/no readable. A file with a row that cannot is refused whatever else it holds.
     */
    boolean readable(TableRow row) {
        String record = header.value(row, RECORD);
        String number = header.value(row, ClaimRules.CLAIM_NUMBER);
        Kind kind = record == null ? null : kind(record);
        if (number == null || kind == null) {
            return false;
        }
        Findings reading = new Findings();
        if (kind.claim()) {
            claimForm(row, number, reading).read(reading);
        } else {
            itemForm(row, kind.item()).read(reading);
        }
        return !reading.hasErrors();
    }
}
