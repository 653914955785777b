package ee.tokvs.portal.contract;

import ee.tokvs.portal.audit.SubmissionDraft;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;

/**
 * A conclusion, amendment or extension judged before anything is written: what the rules found, and unless refused
 * the version to add (numbered {@code versionNo}), the contract as it will be and the submission that records it.
 */
public record ContractSave(SaveOutcome.Result result, Findings findings, ContractState after,
        ContractState.Version version, int versionNo, SubmissionDraft submission) {

    static ContractSave refused(Findings findings) {
        return new ContractSave(SaveOutcome.Result.REFUSED, findings, null, null, 0, null);
    }

    /** A new version added to the contract as it was before. */
    static ContractSave added(SaveOutcome.Result result, Findings findings, ContractState before,
            ContractState.Version version, ContractDraft previous) {
        return new ContractSave(result, findings, before.with(version), version, before.nextVersionNo(),
                new SubmissionDraft(version.kind().action(), version.draft().changeDate(),
                        version.draft().changesFrom(previous)));
    }

    public boolean isRefused() {
        return result == SaveOutcome.Result.REFUSED;
    }
}
