package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.audit.SubmissionLog;
import ee.tokvs.portal.contract.Contract;
import ee.tokvs.portal.contract.ContractVersion;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeListEntry;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.shared.rules.CommonRules;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import ee.tokvs.portal.shared.rules.UniqueViolation;
import ee.tokvs.portal.shared.web.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Creates and changes claims and adds their money rows. Every save asks ClaimRules about the whole
 * claim as it would be, writes in one transaction and records a submission event.
 */
@ApplicationScoped
public class ClaimService {

    @Inject
    SubmissionLog submissionLog;

    @Inject
    CodeLists codeLists;

    @Inject
    Clock clock;

    /** The acting insurer's claim; another insurer's is indistinguishable from none. */
    public Claim get(long id) {
        return Claim.<Claim>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Claim create(ClaimForm form) {
        return createIfValid(form).orThrow();
    }

    /** Creates the claim if the rules allow; a refusal comes back as findings. Runs in the caller's transaction. */
    public SaveOutcome<Claim> createIfValid(ClaimForm form) {
        Findings findings = new Findings();
        ClaimDraft draft = form.read(findings);
        Contract contract = contractOf(draft);
        boolean taken = draft.claimNumber() != null && Claim.findByNumber(draft.claimNumber()).isPresent();
        findings.addAll(ClaimRules.check(ClaimSnapshot.of(draft), context(contract, taken, null)));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return SaveOutcome.refused(findings);
        }
        Claim claim = new Claim();
        claim.claimNumber = draft.claimNumber();
        claim.apply(draft, contract, draft.receivedDate());
        claim.updatedAt = Instant.now(clock);
        UniqueViolation.persistOrRefuse(claim, ClaimRules.NUMBER_TAKEN.at(draft.claimNumber()));
        submissionLog.record(RecordType.CLAIM, claim.id, claim.claimNumber, ClaimDraft.ACTION_CREATED, draft.receivedDate(),
                draft.changesFrom(null));
        return SaveOutcome.created(claim, findings);
    }

    @Transactional
    public Claim change(long id, ClaimForm form) {
        Claim claim = get(id);
        checkVersion(claim, form.lockVersion);
        SaveOutcome<Claim> outcome = changeIfValid(claim, form);
        if (outcome.result() == SaveOutcome.Result.UNCHANGED) {
            throw new RuleViolationException(new Findings().add(CommonRules.NOTHING_CHANGED.atField(ClaimForm.CHANGE_DATE)));
        }
        // Flush here so that a concurrent save surfaces as an OptimisticLockException the page can explain.
        claim.getEntityManager().flush();
        return outcome.orThrow();
    }

    /**
     * Changes the claim's core if the rules allow, dated by the form's change date; the same data again is
     * UNCHANGED. Runs in the caller's transaction.
     */
    public SaveOutcome<Claim> changeIfValid(Claim claim, ClaimForm form) {
        Findings findings = new Findings();
        form.claimNumber = claim.claimNumber;
        ClaimDraft draft = form.read(findings);
        LocalDate changeDate = Fields.date(findings, ClaimForm.CHANGE_DATE, form.changeDate, false);
        ClaimDraft before = claim.toDraft();
        List<Change> changes = draft.changesFrom(before);
        if (!findings.hasErrors() && changes.isEmpty()) {
            return SaveOutcome.unchanged(claim);
        }
        if (changeDate == null && findings.forField(ClaimForm.CHANGE_DATE).isEmpty()) {
            findings.add(Fields.REQUIRED.atField(ClaimForm.CHANGE_DATE));
        } else if (changeDate != null && changeDate.isAfter(Clocks.today(clock))) {
            findings.add(CommonRules.DATE_IN_FUTURE.atField(ClaimForm.CHANGE_DATE));
        }
        Contract contract = contractOf(draft);
        findings.addAll(ClaimRules.check(claim.snapshot().withClaim(draft), context(contract, false, claim)));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return SaveOutcome.refused(findings);
        }
        claim.apply(draft, contract, changeDate);
        claim.updatedAt = Instant.now(clock);
        submissionLog.record(RecordType.CLAIM, claim.id, claim.claimNumber, ClaimDraft.ACTION_CHANGED, changeDate, changes);
        return SaveOutcome.changed(claim, findings);
    }

    private static Contract contractOf(ClaimDraft draft) {
        return draft.contractNumber() == null ? null : Contract.findByNumber(draft.contractNumber()).orElse(null);
    }

    @Transactional
    public Claim addItem(long id, ItemForm.Kind kind, ItemForm form) {
        Claim claim = get(id);
        checkVersion(claim, form.lockVersion);
        Claim saved = addItemIfValid(claim, kind, form).orThrow();
        claim.getEntityManager().flush();
        return saved;
    }

    /** Adds a money row if the rules allow, judged over the whole claim with the row in place. */
    public SaveOutcome<Claim> addItemIfValid(Claim claim, ItemForm.Kind kind, ItemForm form) {
        Findings findings = new Findings();
        ClaimSnapshot.Item item = form.read(findings);
        if (kind != ItemForm.Kind.PAYOUT && (item.generalReductionPct() != null || item.eventReductionPct() != null)) {
            item = new ClaimSnapshot.Item(item.date(), item.type(), item.amount(), null, null);
        }
        findings.addAll(ClaimRules.check(claim.snapshot().with(kind, item), context(claim.contract, false, claim)));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return SaveOutcome.refused(findings);
        }
        claim.getEntityManager().lock(claim, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        claim.updatedAt = Instant.now(clock);
        persistItem(claim, kind, item);
        submissionLog.record(RecordType.CLAIM, claim.id, claim.claimNumber, kind.action, item.date(), item.changes());
        return SaveOutcome.changed(claim, findings);
    }

    private static void persistItem(Claim claim, ItemForm.Kind kind, ClaimSnapshot.Item item) {
        switch (kind) {
            case PAYOUT -> {
                Payout payout = new Payout();
                payout.claim = claim;
                payout.paidOn = item.date();
                payout.damageType = item.type();
                payout.amount = item.amount();
                payout.generalReductionPct = item.generalReductionPct();
                payout.eventReductionPct = item.eventReductionPct();
                claim.payouts.add(payout);
                payout.persist();
            }
            case RECOVERY -> {
                Recovery recovery = new Recovery();
                recovery.claim = claim;
                recovery.receivedOn = item.date();
                recovery.recoveryType = item.type();
                recovery.amount = item.amount();
                claim.recoveries.add(recovery);
                recovery.persist();
            }
            case RESERVE -> {
                Reserve reserve = new Reserve();
                reserve.claim = claim;
                reserve.setOn = item.date();
                reserve.damageType = item.type();
                reserve.amount = item.amount();
                claim.reserves.add(reserve);
                reserve.persist();
            }
            case OUTSTANDING_RECOVERY -> {
                OutstandingRecovery outstanding = new OutstandingRecovery();
                outstanding.claim = claim;
                outstanding.setOn = item.date();
                outstanding.recoveryType = item.type();
                outstanding.amount = item.amount();
                claim.outstandingRecoveries.add(outstanding);
                outstanding.persist();
            }
        }
    }

    private static void checkVersion(Claim claim, String lockVersion) {
        if (!String.valueOf(claim.lockVersion).equals(lockVersion)) {
            throw new ConflictException();
        }
    }

    /** What the rules need, with codes judged against the claim as it was (a retired code may stay). */
    ClaimRules.Context context(Contract contract, boolean claimNumberTaken, Claim existing) {
        ClaimRules.CodeCheck codes = (list, code) -> codeLists.allows(CodeList.valueOf(list), code,
                previousCode(existing, list));
        ClaimRules.Contract period = null;
        if (contract != null) {
            ContractVersion current = contract.current();
            period = new ClaimRules.Contract(current.periodStart, current.periodEnd);
        }
        return new ClaimRules.Context(codes, (competence, specialty) -> codeLists
                .find(CodeList.ADDITIONAL_COMPETENCE, competence)
                .map(CodeListEntry::parentCodeOrNull)
                .map(specialty::equals)
                .orElse(false), period, claimNumberTaken, Clocks.today(clock));
    }

    private static String previousCode(Claim existing, String list) {
        if (existing == null) {
            return null;
        }
        return switch (list) {
            case "CLAIM_STATUS" -> existing.status;
            case "INCIDENT_TYPE" -> existing.incidentType;
            case "SEVERITY" -> existing.severity;
            case "SPECIALTY" -> existing.specialty;
            case "ADDITIONAL_COMPETENCE" -> existing.additionalCompetence;
            default -> null;
        };
    }
}
