package ee.tokvs.portal.upload;

import ee.tokvs.portal.claim.ClaimContract;
import ee.tokvs.portal.claim.ClaimDraft;
import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ClaimSave;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.claim.ClaimSnapshot;
import ee.tokvs.portal.claim.ClaimState;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one claim number in a claims file, judged in the file's order by the claim service's own judgement,
 * over the claim as the file has made it so far. A claims file has a row per claim (record "nõue") and a row per
 * money row of a claim (payout, recovery, reserve, outstanding recovery). A claim row creates the claim or changes
 * it, dated by its change date; a money row is added unless the claim already has it, counted with multiplicity, so
 * the same file twice adds nothing and a second identical payout in one file is still a second payout.
 * Holds one claim's state and its money rows' counts: a judge lives for one claim number.
 */
final class ClaimRowJudge {

    static final String RECORD = "record";

    private static final Map<String, ItemForm.Kind> ITEM_KINDS = Map.of(
            "valjamakse", ItemForm.Kind.PAYOUT, "payout", ItemForm.Kind.PAYOUT,
            "tagasinoue", ItemForm.Kind.RECOVERY, "recovery", ItemForm.Kind.RECOVERY,
            "eraldis", ItemForm.Kind.RESERVE, "reserve", ItemForm.Kind.RESERVE,
            "laekumata_tagasinoue", ItemForm.Kind.OUTSTANDING_RECOVERY,
            "outstanding_recovery", ItemForm.Kind.OUTSTANDING_RECOVERY);
    private static final Set<String> CLAIM_RECORDS = Set.of("noue", "claim");
    private static final Set<String> ITEM_FIELDS = Set.of(ClaimRules.ITEM_DATE, ClaimRules.ITEM_TYPE,
            ClaimRules.ITEM_AMOUNT, ClaimRules.GENERAL_PCT, ClaimRules.EVENT_PCT);

    /** What a row came to, and the save to write if it writes one ({@code kind} for a money row). */
    record Judged(RowImporter.RowOutcome outcome, ClaimSave save, ItemForm.Kind kind) {

        static Judged refused(Findings findings) {
            return new Judged(RowImporter.RowOutcome.refused(findings), null, null);
        }

        static Judged unchanged() {
            return new Judged(RowImporter.RowOutcome.unchanged(), null, null);
        }
    }

    private final ClaimService claims;
    private final CodeMatcher codes;
    private final UploadHeader header;
    private final boolean acceptWarnings;
    /** The claim as stored and then as this file has made it; null while there is none. */
    private ClaimState state;
    /** The row of this claim's claim row in the file: a second one is an error. */
    private Integer claimRow;
    /** Per money row: how often this file has had it, and how often the file added it. */
    private final Map<String, int[]> itemCounts = new HashMap<>();
    /** The row of the first save this file makes of the claim, which orders the claim's own write. */
    private Integer firstSaveRow;

    ClaimRowJudge(ClaimService claims, CodeMatcher codes, UploadHeader header, boolean acceptWarnings, ClaimState stored) {
        this.claims = claims;
        this.codes = codes;
        this.header = header;
        this.acceptWarnings = acceptWarnings;
        this.state = stored;
    }

    /** The row of the first save this file makes of the claim; null while none. */
    Integer firstSaveRow() {
        return firstSaveRow;
    }

    /** The claim as the rows judged so far leave it; null if there is none. */
    ClaimState state() {
        return state;
    }

    /** Judges the next row of this claim; {@code contract} is the one the row's contract number names, if any. */
    Judged judge(TableRow row, ClaimContract contract) {
        Findings reading = new Findings();
        String record = header.value(row, RECORD);
        String number = header.value(row, ClaimRules.CLAIM_NUMBER);
        if (record == null) {
            reading.add(Fields.REQUIRED.atField(RECORD));
        }
        if (number == null) {
            reading.add(Fields.REQUIRED.atField(ClaimRules.CLAIM_NUMBER));
        }
        if (reading.hasErrors()) {
            return Judged.refused(reading);
        }
        String kind = UploadColumn.normalise(record);
        if (CLAIM_RECORDS.contains(kind)) {
            return claimRow(row, number, contract, reading);
        }
        ItemForm.Kind itemKind = ITEM_KINDS.get(kind);
        if (itemKind == null) {
            return Judged.refused(reading.add(UploadRules.RECORD_UNKNOWN.at(record)));
        }
        return itemRow(row, number, itemKind, reading);
    }

    private Judged claimRow(TableRow row, String number, ClaimContract contract, Findings reading) {
        if (claimRow != null) {
            return Judged.refused(reading.add(UploadRules.CLAIM_NUMBER_TWICE.at(number, String.valueOf(claimRow))));
        }
        claimRow = row.number();
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
        ClaimContract named = contract != null && contract.number().equals(form.contractNumber) ? contract : null;
        ClaimSave save;
        if (state == null) {
            // Not stored (the cursor found no claim of this number): nobody's number to take but a concurrent save's,
            // which the write meets as a unique-key conflict.
            save = claims.judgeCreate(form, n -> named, n -> false);
        } else {
            keepWhatTheFileLacks(form, state.core());
            save = claims.judgeChange(state, form, n -> named);
        }
        return applied(row, new RowImporter.RowOutcome(save.result(), reading.addAll(save.findings())), save, null);
    }

    /** A column the file leaves out says nothing about the claim: its value stays as it is. */
    private void keepWhatTheFileLacks(ClaimForm form, ClaimDraft current) {
        if (!header.has(ClaimRules.SPECIALTY)) {
            form.specialty = current.specialty();
        }
        if (!header.has(ClaimRules.COMPETENCE)) {
            form.additionalCompetence = current.additionalCompetence();
        }
        if (!header.has(ClaimRules.FINISHED)) {
            form.handlingFinished = current.handlingFinished();
        }
        if (!header.has(ClaimRules.FINISHED_DATE)) {
            form.finishedDate = current.finishedDate() == null ? null : current.finishedDate().toString();
        }
    }

    private Judged itemRow(TableRow row, String number, ItemForm.Kind kind, Findings reading) {
        ItemForm form = new ItemForm();
        form.date = header.value(row, ClaimRules.ITEM_DATE);
        form.type = codes.code(CodeList.valueOf(kind.codeList), header.value(row, ClaimRules.ITEM_TYPE));
        form.amount = header.value(row, ClaimRules.ITEM_AMOUNT);
        form.generalReductionPct = header.value(row, ClaimRules.GENERAL_PCT);
        form.eventReductionPct = header.value(row, ClaimRules.EVENT_PCT);
        form.confirmWarnings = acceptWarnings;
        if (state == null) {
            // Still say what is wrong with the row itself, so one round of corrections is enough.
            form.read(reading);
            return Judged.refused(claimRow == null
                    ? reading.add(UploadRules.CLAIM_NOT_FOUND.at(number))
                    : reading.add(UploadRules.CLAIM_ROW_REFUSED.at(String.valueOf(claimRow))));
        }
        ClaimSnapshot.Item item = comparable(kind, form.read(new Findings()));
        int[] counts = itemCounts.computeIfAbsent(kind + "|" + item, k -> new int[2]);
        int occurrence = ++counts[0];
        long heldBefore = state.countSame(kind, item) - counts[1];
        if (occurrence <= heldBefore) {
            return Judged.unchanged();
        }
        ClaimSave save = claims.judgeItem(state, kind, form);
        // The claim's own warnings belong to its row; here only what concerns this money row, and any error.
        for (Finding finding : save.findings().all()) {
            if (finding.isError() || ITEM_FIELDS.contains(finding.field())) {
                reading.add(finding);
            }
        }
        if (save.isRefused()) {
            return Judged.refused(reading.isEmpty() ? reading.addAll(save.findings()) : reading);
        }
        counts[1]++;
        return applied(row, new RowImporter.RowOutcome(SaveOutcome.Result.CREATED, reading), save, kind);
    }

    private Judged applied(TableRow row, RowImporter.RowOutcome outcome, ClaimSave save, ItemForm.Kind kind) {
        if (save.isRefused() || !save.writes()) {
            return new Judged(outcome, null, null);
        }
        state = save.after();
        if (firstSaveRow == null) {
            firstSaveRow = row.number();
        }
        return new Judged(outcome, save, kind);
    }

    /**
     * The row as it would be stored, in one spelling: only payouts keep work-capacity percentages, and
     * numbers lose trailing zeros, so "50" and "50,00" are the same row.
     */
    private static ClaimSnapshot.Item comparable(ItemForm.Kind kind, ClaimSnapshot.Item item) {
        boolean payout = kind == ItemForm.Kind.PAYOUT;
        return new ClaimSnapshot.Item(item.date(), item.type(), plain(item.amount()),
                payout ? plain(item.generalReductionPct()) : null, payout ? plain(item.eventReductionPct()) : null);
    }

    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }
}
