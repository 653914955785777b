package ee.tokvs.portal.upload;

import ee.tokvs.portal.contract.ContractDraft;
import ee.tokvs.portal.contract.ContractForm;
import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.contract.ContractSave;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractState;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.util.function.Predicate;

/**
 * The rows of one contract number in a contracts file, judged in the file's order by the contract service's own
 * judgement, over the contract as the file has made it so far: a contract concluded on an earlier row exists for the
 * later ones, and their versions are numbered on. A row whose number is new concludes a contract; a row for a
 * contract already there amends or extends it (as its change kind says; an amendment by default), unless one of the
 * contract's versions already holds exactly that row, which makes it unchanged, so the same file twice adds nothing.
 * A judge lives for one contract number.
 */
final class ContractRowJudge {

    /** What a row came to, and the save to write if it writes one. */
    record Judged(RowOutcome outcome, ContractSave save) {
    }

    private final ContractService contracts;
    private final ContractRowReader reader;
    /** The contract as stored and then as this file has made it; null while there is none. */
    private ContractState state;
    /** The row of the first save this file makes of the contract, which orders the contract's own write. */
    private Integer firstSaveRow;

    ContractRowJudge(ContractService contracts, ContractRowReader reader, ContractState stored) {
        this.contracts = contracts;
        this.reader = reader;
        this.state = stored;
    }

    /** The row of the first save this file makes of the contract; null while none. */
    Integer firstSaveRow() {
        return firstSaveRow;
    }

    /** The contract as the rows judged so far leave it; null if there is none. */
    ContractState state() {
        return state;
    }

    /** Judges the next row of this contract; {@code policyholderKnown}: whether Terviseamet has the row's policyholder. */
    Judged judge(TableRow row, boolean policyholderKnown) {
        Findings reading = new Findings();
        ContractForm form = reader.form(row);
        ChangeKind kind = reader.changeKind(row, reading);
        if (form.contractNumber == null) {
            return new Judged(RowOutcome.refused(reading.add(Fields.REQUIRED.atField(ContractRules.NUMBER))), null);
        }
        String policyholder = form.policyholderCode;
        Predicate<String> known = code -> policyholderKnown && code.equals(policyholder);
        ContractSave save;
        if (state == null) {
            if (kind != null && kind != ChangeKind.CONCLUSION) {
                return new Judged(RowOutcome.refused(reading.add(ContractRules.NOT_FOUND.at(form.contractNumber))), null);
            }
            // Not stored (the cursor found no contract of this number): nobody's number to take but a concurrent
            // save's, which the write meets as a unique-key conflict.
            save = contracts.judgeConclude(form, number -> false, known);
        } else if (!reading.hasErrors() && alreadyHeld(form, kind)) {
            return new Judged(RowOutcome.unchanged(), null);
        } else if (kind == ChangeKind.CONCLUSION) {
            // Concluding a number already taken: the contract rules say so, as they would to a form.
            save = contracts.judgeConclude(form, number -> true, known);
        } else {
            save = contracts.judgeChange(state, kind == null ? ChangeKind.AMENDMENT : kind, form, known);
        }
        RowOutcome outcome = new RowOutcome(save.result(), reading.addAll(save.findings()));
        if (save.isRefused()) {
            return new Judged(outcome, null);
        }
        state = save.after();
        if (firstSaveRow == null) {
            firstSaveRow = row.number();
        }
        return new Judged(outcome, save);
    }

    /** Whether a version of the contract is this very row (same date, same content, same kind if given). */
    private boolean alreadyHeld(ContractForm form, ChangeKind kind) {
        Findings ignored = new Findings();
        ContractDraft draft = ContractRules.read(form, ignored);
        return !ignored.hasErrors() && state.holds(draft, kind);
    }
}
