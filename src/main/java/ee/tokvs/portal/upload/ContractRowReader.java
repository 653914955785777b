package ee.tokvs.portal.upload;

import ee.tokvs.portal.contract.ContractForm;
import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.rules.Findings;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a contracts file's rows, one per contract version, into the form a contract's save takes and the change
 * kind the row names (sõlmimine, muutmine, pikendamine; none given is left to the judge). One per file.
 */
final class ContractRowReader {

    static final String CHANGE_KIND = "changeKind";

    private static final Map<String, ChangeKind> KINDS = Map.of(
            "solmimine", ChangeKind.CONCLUSION, "conclusion", ChangeKind.CONCLUSION,
            "muutmine", ChangeKind.AMENDMENT, "amendment", ChangeKind.AMENDMENT,
            "pikendamine", ChangeKind.EXTENSION, "extension", ChangeKind.EXTENSION);

    final UploadHeader header;
    private final boolean acceptWarnings;

    ContractRowReader(UploadHeader header, boolean acceptWarnings) {
        this.header = header;
        this.acceptWarnings = acceptWarnings;
    }

    ContractForm form(TableRow row) {
        ContractForm form = new ContractForm();
        form.contractNumber = header.value(row, ContractRules.NUMBER);
        form.changeDate = header.value(row, ContractRules.CHANGE_DATE);
        form.policyholderCode = header.value(row, ContractRules.POLICYHOLDER);
        form.periodStart = header.value(row, ContractRules.PERIOD_START);
        form.periodEnd = header.value(row, ContractRules.PERIOD_END);
        form.sumPerEvent = header.value(row, ContractRules.SUM_PER_EVENT);
        form.sumAggregate = header.value(row, ContractRules.SUM_AGGREGATE);
        form.confirmWarnings = acceptWarnings;
        return form;
    }

    /** The change kind the row names; null when it names none, or one unknown (then reported). */
    ChangeKind changeKind(TableRow row, Findings findings) {
        String raw = header.value(row, CHANGE_KIND);
        if (raw == null) {
            return null;
        }
        ChangeKind kind = KINDS.get(UploadColumn.normalise(raw).toLowerCase(Locale.ROOT));
        if (kind == null) {
            findings.add(UploadRules.CHANGE_KIND_UNKNOWN.at(raw));
        }
        return kind;
    }

    /**
     * Whether the row can be read at all, whatever the register holds: its contract number given, its change kind
     * known if given, its dates and sums readable. A file with a row that cannot is refused whatever else it holds.
     */
    boolean readable(TableRow row) {
        Findings reading = new Findings();
        changeKind(row, reading);
        ContractRules.read(form(row), reading);
        return header.value(row, ContractRules.NUMBER) != null && !reading.hasErrors();
    }
}
