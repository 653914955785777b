package ee.tokvs.portal.contract;

import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.audit.SubmissionLog;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.reference.HealthcareProvider;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import ee.tokvs.portal.shared.rules.UniqueViolation;
import ee.tokvs.portal.shared.web.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;

/** Concludes, amends and extends contracts: each a new immutable version and a submission event. */
@ApplicationScoped
public class ContractService {

    @Inject
    SubmissionLog submissionLog;

    @Inject
    Clock clock;

    /** The acting insurer's contract; another insurer's is indistinguishable from none. */
    public Contract get(long id) {
        return Contract.<Contract>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Contract conclude(ContractForm form) {
        return concludeIfValid(form).orThrow();
    }

    /** Concludes the contract if the rules allow; a refusal comes back as findings. Runs in the caller's transaction. */
    public SaveOutcome<Contract> concludeIfValid(ContractForm form) {
        Findings findings = new Findings();
        ContractDraft draft = ContractRules.read(form, findings);
        var context = new ContractRules.Context(ChangeKind.CONCLUSION, null,
                draft.contractNumber() != null && Contract.findByNumber(draft.contractNumber()).isPresent(),
                policyholderKnown(draft), Clocks.today(clock));
        findings.addAll(ContractRules.check(draft, context));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return SaveOutcome.refused(findings);
        }
        Contract contract = new Contract();
        contract.contractNumber = draft.contractNumber();
        addVersion(contract, draft, ChangeKind.CONCLUSION);
        UniqueViolation.persistOrRefuse(contract, ContractRules.NUMBER_TAKEN.at(draft.contractNumber()));
        submissionLog.record(RecordType.CONTRACT, contract.id, contract.contractNumber, ChangeKind.CONCLUSION.action(),
                draft.changeDate(), draft.changesFrom(null));
        return SaveOutcome.created(contract, findings);
    }

    @Transactional
    public Contract change(long id, ChangeKind kind, ContractForm form) {
        Contract contract = get(id);
        if (!String.valueOf(contract.lockVersion).equals(form.lockVersion)) {
            throw new ConflictException();
        }
        Contract saved = changeIfValid(contract, kind, form).orThrow();
        // Flush here so that a concurrent save surfaces as an OptimisticLockException the page can explain.
        contract.getEntityManager().flush();
        return saved;
    }

    /** Amends or extends the contract with a new version if the rules allow. Runs in the caller's transaction. */
    public SaveOutcome<Contract> changeIfValid(Contract contract, ChangeKind kind, ContractForm form) {
        if (kind == ChangeKind.CONCLUSION) {
            throw new IllegalArgumentException("a contract is concluded once");
        }
        Findings findings = new Findings();
        form.contractNumber = contract.contractNumber;
        ContractDraft draft = ContractRules.read(form, findings);
        ContractDraft previous = contract.current().toDraft();
        var context = new ContractRules.Context(kind, previous, false, policyholderKnown(draft), Clocks.today(clock));
        findings.addAll(ContractRules.check(draft, context));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return SaveOutcome.refused(findings);
        }
        contract.getEntityManager().lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        addVersion(contract, draft, kind);
        submissionLog.record(RecordType.CONTRACT, contract.id, contract.contractNumber, kind.action(),
                draft.changeDate(), draft.changesFrom(previous));
        return SaveOutcome.changed(contract, findings);
    }

    private static boolean policyholderKnown(ContractDraft draft) {
        return HealthcareProvider.findByCode(draft.policyholderCode()).filter(p -> p.known).isPresent();
    }

    private static void addVersion(Contract contract, ContractDraft draft, ChangeKind kind) {
        if (HealthcareProvider.findByCode(draft.policyholderCode()).isEmpty()) {
            HealthcareProvider.registerUnknown(draft.policyholderCode());
        }
        ContractVersion version = ContractVersion.of(draft, contract.versions.size() + 1, kind);
        version.contract = contract;
        contract.versions.add(version);
        if (contract.id != null) {
            version.persist();
        }
    }
}
