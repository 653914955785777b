package ee.tokvs.portal.upload;

import ee.tokvs.portal.contract.Contract;
import ee.tokvs.portal.contract.ContractDraft;
import ee.tokvs.portal.contract.ContractForm;
import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractVersion;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.util.Locale;
import java.util.Map;

/**
 * A contracts file has one row per contract version. A row whose number is new concludes a contract; a row
 * for a contract already there amends or extends it (as its change kind says; an amendment by default),
 * unless one of the contract's versions already holds exactly that row, which makes it unchanged.
 */
final class ContractRowImporter implements RowImporter {

    static final String CHANGE_KIND = "changeKind";

    private static final Map<String, ChangeKind> KINDS = Map.of(
            "solmimine", ChangeKind.CONCLUSION, "conclusion", ChangeKind.CONCLUSION,
            "muutmine", ChangeKind.AMENDMENT, "amendment", ChangeKind.AMENDMENT,
            "pikendamine", ChangeKind.EXTENSION, "extension", ChangeKind.EXTENSION);

    private final ContractService contracts;
    private final boolean acceptWarnings;

    ContractRowImporter(ContractService contracts, boolean acceptWarnings) {
        this.contracts = contracts;
        this.acceptWarnings = acceptWarnings;
    }

    @Override
    public RowOutcome importRow(TableRow row, UploadHeader header) {
        Findings reading = new Findings();
        ContractForm form = new ContractForm();
        form.contractNumber = header.value(row, ContractRules.NUMBER);
        form.changeDate = header.value(row, ContractRules.CHANGE_DATE);
        form.policyholderCode = header.value(row, ContractRules.POLICYHOLDER);
        form.periodStart = header.value(row, ContractRules.PERIOD_START);
        form.periodEnd = header.value(row, ContractRules.PERIOD_END);
        form.sumPerEvent = header.value(row, ContractRules.SUM_PER_EVENT);
        form.sumAggregate = header.value(row, ContractRules.SUM_AGGREGATE);
        form.confirmWarnings = acceptWarnings;
        ChangeKind kind = changeKind(header.value(row, CHANGE_KIND), reading);
        if (form.contractNumber == null) {
            return RowOutcome.refused(reading.add(Fields.REQUIRED.atField(ContractRules.NUMBER)));
        }
        Contract existing = Contract.findByNumber(form.contractNumber).orElse(null);
        if (existing == null) {
            if (kind != null && kind != ChangeKind.CONCLUSION) {
                return RowOutcome.refused(reading.add(ContractRules.NOT_FOUND.at(form.contractNumber)));
            }
            return RowOutcome.of(contracts.concludeIfValid(form), reading);
        }
        if (!reading.hasErrors() && alreadyHeld(existing, form, kind)) {
            return RowOutcome.unchanged();
        }
        if (kind == ChangeKind.CONCLUSION) {
            // Concluding a number already taken: the contract rules say so, as they would to a form.
            return RowOutcome.of(contracts.concludeIfValid(form), reading);
        }
        return RowOutcome.of(contracts.changeIfValid(existing, kind == null ? ChangeKind.AMENDMENT : kind, form), reading);
    }

    /** Whether a version of the contract is this very row (same date, same content, same kind if given). */
    private static boolean alreadyHeld(Contract contract, ContractForm form, ChangeKind kind) {
        Findings ignored = new Findings();
        ContractDraft draft = ContractRules.read(form, ignored);
        if (ignored.hasErrors()) {
            return false;
        }
        for (ContractVersion version : contract.versions) {
            ContractDraft held = version.toDraft();
            if (held.changeDate().equals(draft.changeDate()) && held.changesFrom(draft).isEmpty()
                    && (kind == null || kind == version.changeKind)) {
                return true;
            }
        }
        return false;
    }

    private static ChangeKind changeKind(String raw, Findings findings) {
        if (raw == null) {
            return null;
        }
        ChangeKind kind = KINDS.get(UploadColumn.normalise(raw).toLowerCase(Locale.ROOT));
        if (kind == null) {
            findings.add(UploadRules.CHANGE_KIND_UNKNOWN.at(raw));
        }
        return kind;
    }
}
