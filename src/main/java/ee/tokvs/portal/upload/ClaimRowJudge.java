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
 * the same file twice adds nothing and a second identical payout in one file is still a second payout. A money row with a
 * correction's reason is a reversal (V24): of the stored row of its date and type with the opposite amount.
 * Holds one claim's state and its money rows' counts: a judge lives for one claim number.
 */
final class ClaimRowJudge {

    private static final Set<String> ITEM_FIELDS = Set.of(ClaimRules.ITEM_DATE, ClaimRules.ITEM_TYPE,
            ClaimRules.ITEM_AMOUNT, ClaimRules.GENERAL_PCT, ClaimRules.EVENT_PCT, ClaimRules.CORRECTION_REASON);

    /** What a row came to, and the save to write if it writes one ({@code kind} for a money row). */
    record Judged(RowOutcome outcome, ClaimSave save, ItemForm.Kind kind) {

        static Judged refused(Findings findings) {
            return new Judged(RowOutcome.refused(findings), null, null);
        }

        static Judged unchanged() {
            return new Judged(RowOutcome.unchanged(), null, null);
        }
    }

    private final ClaimService claims;
    private final ClaimRowReader reader;
    private final UploadHeader header;
    /** The claim as stored and then as this file has made it; null while there is none. */
    private ClaimState state;
    /** The row of this claim's claim row in the file: a second one is an error. */
    private Integer claimRow;
    /** Per money row: how often this file has had it, and how often the file added it. */
    private final Map<String, int[]> itemCounts = new HashMap<>();
    /** The row of the first save this file makes of the claim, which orders the claim's own write. */
    private Integer firstSaveRow;

    ClaimRowJudge(ClaimService claims, ClaimRowReader reader, ClaimState stored) {
        this.claims = claims;
        this.reader = reader;
        this.header = reader.header;
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
        String record = header.value(row, ClaimRowReader.RECORD);
        String number = header.value(row, ClaimRules.CLAIM_NUMBER);
        if (record == null) {
            reading.add(Fields.REQUIRED.atField(ClaimRowReader.RECORD));
        }
        if (number == null) {
            reading.add(Fields.REQUIRED.atField(ClaimRules.CLAIM_NUMBER));
        }
        if (reading.hasErrors()) {
            return Judged.refused(reading);
        }
        ClaimRowReader.Kind kind = reader.kind(record);
        if (kind == null) {
            return Judged.refused(reading.add(UploadRules.RECORD_UNKNOWN.at(record)));
        }
        return kind.claim() ? claimRow(row, number, contract, reading) : itemRow(row, number, kind.item(), reading);
    }

    private Judged claimRow(TableRow row, String number, ClaimContract contract, Findings reading) {
        if (claimRow != null) {
            return Judged.refused(reading.add(UploadRules.CLAIM_NUMBER_TWICE.at(number, String.valueOf(claimRow))));
        }
        claimRow = row.number();
        ClaimForm form = reader.claimForm(row, number, reading);
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
        return applied(row, new RowOutcome(save.result(), reading.addAll(save.findings())), save, null);
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
        ItemForm form = reader.itemForm(row, kind);
        if (state == null) {
            // Still say what is wrong with the row itself, so one round of corrections is enough.
            form.read(reading);
            return Judged.refused(claimRow == null
                    ? reading.add(UploadRules.CLAIM_NOT_FOUND.at(number))
                    : reading.add(UploadRules.CLAIM_ROW_REFUSED.at(String.valueOf(claimRow))));
        }
        ClaimSnapshot.Item item = comparable(kind, form.read(new Findings()), form);
        int[] counts = itemCounts.computeIfAbsent(kind + "|" + item, k -> new int[2]);
        int occurrence = ++counts[0];
        long heldBefore = state.countSame(kind, item) - counts[1];
        if (occurrence <= heldBefore) {
            return Judged.unchanged();
        }
        // a row with a correction's reason reverses the stored row of its date, type and opposite amount
        ClaimSave save = form.isReversal() ? claims.judgeReversal(state, kind, null, form)
                : claims.judgeItem(state, kind, form);
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
        return applied(row, new RowOutcome(SaveOutcome.Result.CREATED, reading), save, kind);
    }

    private Judged applied(TableRow row, RowOutcome outcome, ClaimSave save, ItemForm.Kind kind) {
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
    private static ClaimSnapshot.Item comparable(ItemForm.Kind kind, ClaimSnapshot.Item item, ItemForm form) {
        boolean original = kind == ItemForm.Kind.PAYOUT && !form.isReversal();
        return new ClaimSnapshot.Item(item.date(), item.type(), plain(item.amount()),
                original ? plain(item.generalReductionPct()) : null, original ? plain(item.eventReductionPct()) : null,
                null, null, form.isReversal() ? form.correctionReason : null);
    }

    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }
}
