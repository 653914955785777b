package ee.tokvs.portal.contract;

import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.audit.SubmissionDraft;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Predicate;

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
        ContractSave save = judgeConclude(form, number -> Contract.findByNumber(number).isPresent(),
                ContractService::policyholderKnown);
        if (save.isRefused()) {
            return SaveOutcome.refused(save.findings());
        }
        Contract contract = new Contract();
        contract.contractNumber = save.after().contractNumber();
        addVersion(contract, save);
        UniqueViolation.persistOrRefuse(contract, ContractRules.NUMBER_TAKEN.at(contract.contractNumber));
        record(contract, save.submission());
        return SaveOutcome.created(contract, save.findings());
    }

    /**
     * Judges a conclusion: the form read, the whole version checked. Writes nothing; a form's save and a file's rows
     * both come here.
     */
    public ContractSave judgeConclude(ContractForm form, Predicate<String> numberTaken,
            Predicate<String> policyholderKnown) {
        Findings findings = new Findings();
        ContractDraft draft = ContractRules.read(form, findings);
        var context = new ContractRules.Context(ChangeKind.CONCLUSION, null,
                draft.contractNumber() != null && numberTaken.test(draft.contractNumber()),
                known(draft, policyholderKnown), Clocks.today(clock));
        findings.addAll(ContractRules.check(draft, context));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return ContractSave.refused(findings);
        }
        return ContractSave.added(SaveOutcome.Result.CREATED, findings, ContractState.none(draft.contractNumber()),
                new ContractState.Version(ChangeKind.CONCLUSION, draft), null);
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
        ContractSave save = judgeChange(ContractState.of(contract), kind, form, ContractService::policyholderKnown);
        if (save.isRefused()) {
            return SaveOutcome.refused(save.findings());
        }
        contract.getEntityManager().lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        addVersion(contract, save);
        record(contract, save.submission());
        return SaveOutcome.changed(contract, save.findings());
    }

    /** Judges an amendment or extension of the contract as it is, over its current version. Writes nothing. */
    public ContractSave judgeChange(ContractState before, ChangeKind kind, ContractForm form,
            Predicate<String> policyholderKnown) {
        if (kind == ChangeKind.CONCLUSION) {
            throw new IllegalArgumentException("a contract is concluded once");
        }
        Findings findings = new Findings();
        form.contractNumber = before.contractNumber();
        ContractDraft draft = ContractRules.read(form, findings);
        ContractDraft previous = before.current();
        var context = new ContractRules.Context(kind, previous, false, known(draft, policyholderKnown),
                Clocks.today(clock));
        findings.addAll(ContractRules.check(draft, context));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return ContractSave.refused(findings);
        }
        return ContractSave.added(SaveOutcome.Result.CHANGED, findings, before, new ContractState.Version(kind, draft),
                previous);
    }

    /**
     * The set path for a whole file of saves, judged by the methods above, written in the caller's transaction on its
     * connection for the connection's acting insurer.
     */
    public ContractSetWrite setWrite(Connection connection) throws SQLException {
        return new ContractSetWrite(connection, submissionLog);
    }

    private static boolean known(ContractDraft draft, Predicate<String> policyholderKnown) {
        return draft.policyholderCode() != null && policyholderKnown.test(draft.policyholderCode());
    }

    private void record(Contract contract, SubmissionDraft submission) {
        submissionLog.record(RecordType.CONTRACT, contract.id, contract.contractNumber, submission.action(),
                submission.businessDate(), submission.changes());
    }

    private static boolean policyholderKnown(String registryCode) {
        return HealthcareProvider.findByCode(registryCode).filter(p -> p.known).isPresent();
    }

    /** The judged version added to the entity; a policyholder the register lacks is recorded for Terviseamet. */
    private static void addVersion(Contract contract, ContractSave save) {
        ContractDraft draft = save.version().draft();
        if (HealthcareProvider.findByCode(draft.policyholderCode()).isEmpty()) {
            HealthcareProvider.registerUnknown(draft.policyholderCode());
        }
        ContractVersion version = ContractVersion.of(draft, save.versionNo(), save.version().kind());
        version.contract = contract;
        contract.versions.add(version);
        if (contract.id != null) {
            version.persist();
        }
    }
}
