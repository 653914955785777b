package ee.tokvs.portal.contract;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract as a save judges it, in plain data: its number, its versions in order (numbered 1, 2, …) and its
 * version for optimistic locking (id null for a contract not yet stored). A form's save reads it from the entity,
 * a file's rows from one query per file; the same judgement ({@link ContractService#judgeConclude},
 * {@link ContractService#judgeChange}) decides both, and only the writing differs.
 */
public record ContractState(Long id, int lockVersion, String contractNumber, List<Version> versions) {

    /** One version: the change that made it and what it holds. */
    public record Version(ChangeKind kind, ContractDraft draft) {
    }

    public ContractState {
        versions = List.copyOf(versions);
    }

    public static ContractState of(Contract contract) {
        return new ContractState(contract.id, contract.lockVersion, contract.contractNumber,
                contract.versions.stream().map(v -> new Version(v.changeKind, v.toDraft())).toList());
    }

    public boolean isStored() {
        return id != null;
    }

    /** The current version, the highest numbered, as {@link Contract#current()} has it. */
    public ContractDraft current() {
        return versions.get(versions.size() - 1).draft();
    }

    /** The number the next version gets. */
    public int nextVersionNo() {
        return versions.size() + 1;
    }

    /** Whether a version holds exactly this draft: the same change date and content, and the kind if given. */
    public boolean holds(ContractDraft draft, ChangeKind kind) {
        for (Version version : versions) {
            ContractDraft held = version.draft();
            if (held.changeDate().equals(draft.changeDate()) && held.changesFrom(draft).isEmpty()
                    && (kind == null || kind == version.kind())) {
                return true;
            }
        }
        return false;
    }

    /** The contract with one more version. */
    ContractState with(Version version) {
        List<Version> more = new ArrayList<>(versions);
        more.add(version);
        return new ContractState(id, lockVersion, contractNumber, more);
    }

    /** A contract not yet stored, before its conclusion. */
    static ContractState none(String contractNumber) {
        return new ContractState(null, 0, contractNumber, List.of());
    }
}
