package ee.tokvs.portal.upload;

import ee.tokvs.portal.claim.Claim;
import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.claim.ClaimSnapshot;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A claims file has a row per claim (record "nõue") and a row per money row of a claim (payout, recovery,
 * reserve, outstanding recovery). A claim row creates the claim or changes it, dated by its change date;
 * a money row is added unless the claim already has it, counted with multiplicity, so the same file twice
 * adds nothing and a second identical payout in one file is still a second payout.
 */
final class ClaimRowImporter implements RowImporter {

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

    private final ClaimService claims;
    private final CodeMatcher codes;
    private final boolean acceptWarnings;
    /** Claim numbers given a claim row in this file, and where: a second one is an error. */
    private final Map<String, Integer> claimRows = new HashMap<>();
    /** Per claim and money row: how often this file has had it, and how often this upload added it. */
    private final Map<String, int[]> itemCounts = new HashMap<>();
    private Claim lastClaim;

    ClaimRowImporter(ClaimService claims, CodeMatcher codes, boolean acceptWarnings) {
        this.claims = claims;
        this.codes = codes;
        this.acceptWarnings = acceptWarnings;
    }

    @Override
    public RowOutcome importRow(TableRow row, UploadHeader header) {
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
            return RowOutcome.refused(reading);
        }
        String kind = UploadColumn.normalise(record);
        if (CLAIM_RECORDS.contains(kind)) {
            return claimRow(row, header, number, reading);
        }
        ItemForm.Kind itemKind = ITEM_KINDS.get(kind);
        if (itemKind == null) {
            return RowOutcome.refused(reading.add(UploadRules.RECORD_UNKNOWN.at(record)));
        }
        return itemRow(row, header, number, itemKind, reading);
    }

    private RowOutcome claimRow(TableRow row, UploadHeader header, String number, Findings reading) {
        Integer earlier = claimRows.putIfAbsent(number, row.number());
        if (earlier != null) {
            return RowOutcome.refused(reading.add(UploadRules.CLAIM_NUMBER_TWICE.at(number, String.valueOf(earlier))));
        }
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
        Claim existing = Claim.findByNumber(number).orElse(null);
        if (existing != null) {
            keepWhatTheFileLacks(header, form, existing);
        }
        SaveOutcome<Claim> outcome = existing == null ? claims.createIfValid(form) : claims.changeIfValid(existing, form);
        lastClaim = outcome.record();
        return RowOutcome.of(outcome, reading);
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

    private static java.math.BigDecimal plain(java.math.BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }

    /** Money rows usually follow their claim: the claim just used is taken again without a query. */
    private Claim claimNumbered(String number) {
        if (lastClaim != null && lastClaim.claimNumber.equals(number) && Claim.getEntityManager().contains(lastClaim)) {
            return lastClaim;
        }
        lastClaim = Claim.findByNumber(number).orElse(null);
        return lastClaim;
    }

    /** A column the file leaves out says nothing about the claim: its value stays as it is. */
    private static void keepWhatTheFileLacks(UploadHeader header, ClaimForm form, Claim existing) {
        ClaimForm current = ClaimForm.from(existing);
        if (!header.has(ClaimRules.SPECIALTY)) {
            form.specialty = current.specialty;
        }
        if (!header.has(ClaimRules.COMPETENCE)) {
            form.additionalCompetence = current.additionalCompetence;
        }
        if (!header.has(ClaimRules.FINISHED)) {
            form.handlingFinished = current.handlingFinished;
        }
        if (!header.has(ClaimRules.FINISHED_DATE)) {
            form.finishedDate = current.finishedDate;
        }
    }

    private RowOutcome itemRow(TableRow row, UploadHeader header, String number, ItemForm.Kind kind, Findings reading) {
        ItemForm form = new ItemForm();
        form.date = header.value(row, ClaimRules.ITEM_DATE);
        form.type = codes.code(CodeList.valueOf(kind.codeList), header.value(row, ClaimRules.ITEM_TYPE));
        form.amount = header.value(row, ClaimRules.ITEM_AMOUNT);
        form.generalReductionPct = header.value(row, ClaimRules.GENERAL_PCT);
        form.eventReductionPct = header.value(row, ClaimRules.EVENT_PCT);
        form.confirmWarnings = acceptWarnings;
        Claim claim = claimNumbered(number);
        if (claim == null) {
            // Still say what is wrong with the row itself, so one round of corrections is enough.
            form.read(reading);
            Integer claimRow = claimRows.get(number);
            return RowOutcome.refused(claimRow == null
                    ? reading.add(UploadRules.CLAIM_NOT_FOUND.at(number))
                    : reading.add(UploadRules.CLAIM_ROW_REFUSED.at(String.valueOf(claimRow))));
        }
        ClaimSnapshot.Item item = comparable(kind, form.read(new Findings()));
        String key = claim.id + "|" + kind + "|" + item;
        int[] counts = itemCounts.computeIfAbsent(key, k -> new int[2]);
        int occurrence = ++counts[0];
        long heldBefore = claim.countSame(kind, item) - counts[1];
        if (occurrence <= heldBefore) {
            return RowOutcome.unchanged();
        }
        SaveOutcome<Claim> outcome = claims.addItemIfValid(claim, kind, form);
        // The claim's own warnings belong to its row; here only what concerns this money row, and any error.
        for (Finding finding : outcome.findings().all()) {
            if (finding.isError() || ITEM_FIELDS.contains(finding.field())) {
                reading.add(finding);
            }
        }
        if (outcome.isRefused()) {
            return RowOutcome.refused(reading.isEmpty() ? reading.addAll(outcome.findings()) : reading);
        }
        counts[1]++;
        return new RowOutcome(SaveOutcome.Result.CREATED, reading);
    }
}
