package ee.tokvs.portal.contract;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * A conclusion, amendment or extension judged before anything is written: what the rules found, and unless refused
 * the version to add (numbered {@code versionNo}), the contract as it will be and the submission that records it.
 */
public record ContractSave(SaveOutcome.Result result, Findings findings, ContractState after,
        ContractState.Version version, int versionNo, Submission submission) {

    /** The submission event a save records: its action, business date and field changes. */
    public record Submission(String action, LocalDate businessDate, List<Change> changes) {
    }

    static ContractSave refused(Findings findings) {
        return new ContractSave(SaveOutcome.Result.REFUSED, findings, null, null, 0, null);
    }

    /** A new version added to the contract as it was before. */
    static ContractSave added(SaveOutcome.Result result, Findings findings, ContractState before,
            ContractState.Version version, ContractDraft previous) {
        return new ContractSave(result, findings, before.with(version), version, before.nextVersionNo(),
                new Submission(version.kind().action(), version.draft().changeDate(),
                        version.draft().changesFrom(previous)));
    }

    public boolean isRefused() {
        return result == SaveOutcome.Result.REFUSED;
    }
}
