package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.audit.SubmissionDraft;
import ee.tokvs.portal.audit.SubmissionLog;
import ee.tokvs.portal.contract.Contract;
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
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.hibernate.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Creates and changes claims and adds their money rows. Every save is judged first ({@code judge…}: ClaimRules
 * asked about the whole claim as it would be, over a plain {@link ClaimState}, nothing written), then written in the
 * caller's transaction with its submission event: one record through the entity ({@code *IfValid}, a form's or a
 * single API call's), or a whole file or batch as sets ({@link #setWrite}, {@link #saveAll}).
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
        ClaimSave save = judgeCreate(form, ClaimService::contractNamed, number -> Claim.findByNumber(number).isPresent());
        if (save.isRefused()) {
            return SaveOutcome.refused(save.findings());
        }
        Claim claim = new Claim();
        claim.claimNumber = save.after().core().claimNumber();
        claim.apply(save.after(), contractOf(save.after()));
        claim.updatedAt = Instant.now(clock);
        UniqueViolation.persistOrRefuse(claim, ClaimRules.NUMBER_TAKEN.at(claim.claimNumber));
        record(claim, save.submission());
        return SaveOutcome.created(claim, save.findings());
    }

    /**
     * Judges a new claim: the form read, its contract found by number, the whole claim checked. Writes nothing;
     * a form's save and a file's rows both come here.
     */
    public ClaimSave judgeCreate(ClaimForm form, Function<String, ClaimContract> contracts, Predicate<String> numberTaken) {
        Findings findings = new Findings();
        ClaimDraft draft = form.read(findings);
        ClaimContract contract = draft.contractNumber() == null ? null : contracts.apply(draft.contractNumber());
        boolean taken = draft.claimNumber() != null && numberTaken.test(draft.claimNumber());
        findings.addAll(ClaimRules.check(ClaimSnapshot.of(draft), context(contract, taken, null)));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return ClaimSave.refused(findings);
        }
        return new ClaimSave(SaveOutcome.Result.CREATED, findings,
                ClaimState.none().withCore(draft, contract, draft.receivedDate()),
                new SubmissionDraft(ClaimDraft.ACTION_CREATED, draft.receivedDate(), draft.changesFrom(null)));
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
        ClaimSave save = judgeChange(ClaimState.of(claim), form, ClaimService::contractNamed);
        if (save.isRefused()) {
            return SaveOutcome.refused(save.findings());
        }
        if (!save.writes()) {
            return SaveOutcome.unchanged(claim);
        }
        claim.apply(save.after(), contractOf(save.after()));
        claim.updatedAt = Instant.now(clock);
        record(claim, save.submission());
        return SaveOutcome.changed(claim, save.findings());
    }

    /** Judges a change of a claim's core, dated by the form's change date; the same data again is UNCHANGED. */
    public ClaimSave judgeChange(ClaimState before, ClaimForm form, Function<String, ClaimContract> contracts) {
        Findings findings = new Findings();
        form.claimNumber = before.core().claimNumber();
        ClaimDraft draft = form.read(findings);
        LocalDate changeDate = Fields.date(findings, ClaimForm.CHANGE_DATE, form.changeDate, false);
        List<Change> changes = draft.changesFrom(before.core());
        if (!findings.hasErrors() && changes.isEmpty()) {
            return ClaimSave.unchanged(before);
        }
        if (changeDate == null && findings.forField(ClaimForm.CHANGE_DATE).isEmpty()) {
            findings.add(Fields.REQUIRED.atField(ClaimForm.CHANGE_DATE));
        } else if (changeDate != null && changeDate.isAfter(Clocks.today(clock))) {
            findings.add(CommonRules.DATE_IN_FUTURE.atField(ClaimForm.CHANGE_DATE));
        }
        ClaimContract contract = draft.contractNumber() == null ? null : contracts.apply(draft.contractNumber());
        findings.addAll(ClaimRules.check(before.snapshot().withClaim(draft), context(contract, false, before.core())));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return ClaimSave.refused(findings);
        }
        return new ClaimSave(SaveOutcome.Result.CHANGED, findings, before.withCore(draft, contract, changeDate),
                new SubmissionDraft(ClaimDraft.ACTION_CHANGED, changeDate, changes));
    }

    /** The acting insurer's contract of that number, as a claim's save needs it; null when there is none. */
    private static ClaimContract contractNamed(String number) {
        return Contract.findByNumber(number).map(ClaimContract::of).orElse(null);
    }

    private static Contract contractOf(ClaimState state) {
        return Contract.getEntityManager().getReference(Contract.class, state.contract().id());
    }

    private void record(Claim claim, SubmissionDraft submission) {
        submissionLog.record(RecordType.CLAIM, claim.id, claim.claimNumber, submission.action(),
                submission.businessDate(), submission.changes());
    }

    @Transactional
    public Claim addItem(long id, ItemForm.Kind kind, ItemForm form) {
        Claim claim = get(id);
        checkVersion(claim, form.lockVersion);
        Claim saved = addItemIfValid(claim, kind, form).orThrow();
        claim.getEntityManager().flush();
        return saved;
    }

    /**
     * Adds a money row if the rules allow, judged over the whole claim with the row in place; a form with a correction's
     * reason (an API call's) adds the reversal of the stored row it describes.
     */
    public SaveOutcome<Claim> addItemIfValid(Claim claim, ItemForm.Kind kind, ItemForm form) {
        ClaimSave save = form.isReversal() ? judgeReversal(ClaimState.of(claim), kind, null, form)
                : judgeItem(ClaimState.of(claim), kind, form);
        if (save.isRefused()) {
            return SaveOutcome.refused(save.findings());
        }
        // A new updated_at makes the claim's row an update, which takes its version one up (and checks it).
        claim.updatedAt = Instant.now(clock);
        MoneyRows.persist(claim, kind, save.after().lastItem(kind));
        record(claim, save.submission());
        return SaveOutcome.changed(claim, save.findings());
    }

    /**
     * Judges a new money row, over the whole claim with the row in place; the warnings the claim had without it are
     * not asked again. Only payouts keep work-capacity percentages.
     */
    public ClaimSave judgeItem(ClaimState before, ItemForm.Kind kind, ItemForm form) {
        return judgeItem(before, kind, form, null);
    }

    /** As above; a correction's new row is submitted on {@code businessDate}, the day of the correction. */
    ClaimSave judgeItem(ClaimState before, ItemForm.Kind kind, ItemForm form, LocalDate businessDate) {
        Findings findings = new Findings();
        ClaimSnapshot.Item item = form.read(findings);
        if (kind != ItemForm.Kind.PAYOUT && (item.generalReductionPct() != null || item.eventReductionPct() != null)) {
            item = new ClaimSnapshot.Item(item.date(), item.type(), item.amount(), null, null);
        }
        // the claim's own warnings were confirmed when it was saved: a money row that changes none of them asks nothing
        ClaimRules.Context context = context(before.contract(), false, before.core());
        findings.addAll(ClaimRules.check(before.snapshot().with(kind, item), context)
                .withoutWarningsOf(ClaimRules.check(before.snapshot(), context)));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return ClaimSave.refused(findings);
        }
        return new ClaimSave(SaveOutcome.Result.CHANGED, findings, before.withItem(kind, item),
                new SubmissionDraft(kind.action, businessDate == null ? item.date() : businessDate, item.changes()));
    }

    /**
     * Judges the reversal of a stored money row (V24): the original named by {@code originalId} (a form's), or else the
     * one the form's date, type and opposite amount describe (a file's row, an API call). The reversal is the original
     * with the opposite amount and the form's reason, judged over the whole claim with it in place (the sums net), and
     * submitted as a change on the day it is made.
     */
    public ClaimSave judgeReversal(ClaimState before, ItemForm.Kind kind, Long originalId, ItemForm form) {
        Findings findings = new Findings();
        String reason = Fields.required(findings, ClaimRules.CORRECTION_REASON, form.correctionReason);
        ClaimSnapshot.Item original;
        if (originalId != null) {
            original = before.snapshot().original(kind, originalId);
        } else {
            ClaimSnapshot.Item sent = form.read(findings);
            original = sent.amount() == null || sent.date() == null || sent.type() == null ? null
                    : before.snapshot().reversibleLike(kind, sent);
        }
        if (original == null && !findings.hasErrors()) {
            findings.add(ClaimRules.REVERSAL_NO_ORIGINAL.at());
        } else if (original != null && before.snapshot().isReversed(kind, original)) {
            findings.add(ClaimRules.REVERSAL_TWICE.at());
        }
        if (findings.hasErrors()) {
            return ClaimSave.refused(findings);
        }
        ClaimSnapshot.Item reversal = original.reversal(reason);
        ClaimRules.Context context = context(before.contract(), false, before.core());
        findings.addAll(ClaimRules.check(before.snapshot().with(kind, reversal), context)
                .withoutWarningsOf(ClaimRules.check(before.snapshot(), context)));
        if (!findings.allowsSave(form.confirmWarnings)) {
            return ClaimSave.refused(findings);
        }
        return new ClaimSave(SaveOutcome.Result.CHANGED, findings, before.withItem(kind, reversal),
                new SubmissionDraft(kind.reversalAction(), Clocks.today(clock), reversal.changes()));
    }

    /**
     * Corrects a stored money row: its reversal with the form's reason and, if the form has a new row, that row, both
     * submitted today as changes. All or nothing.
     */
    @Transactional
    public Claim correct(long id, ItemForm.Kind kind, long originalId, ItemForm form) {
        Claim claim = get(id);
        checkVersion(claim, form.lockVersion);
        Claim saved = correctIfValid(claim, kind, originalId, form).orThrow();
        claim.getEntityManager().flush();
        return saved;
    }

    /** The correction if the rules allow; the reversal's findings and the new row's are said together. */
    public SaveOutcome<Claim> correctIfValid(Claim claim, ItemForm.Kind kind, long originalId, ItemForm form) {
        ClaimState before = ClaimState.of(claim);
        ClaimSave reversal = judgeReversal(before, kind, originalId, form);
        ClaimSave replacement = null;
        if (form.hasNewRow()) {
            // judged over the claim with the reversal in place, so that the net sums are what the rules see; also when
            // the reversal itself was refused (its reason missing, say), so that the new row is not said to break a cap
            // only because the row it replaces still counted
            ClaimSnapshot.Item original = before.snapshot().original(kind, originalId);
            ClaimState reversed = !reversal.isRefused() ? reversal.after()
                    : original == null || before.snapshot().isReversed(kind, original) ? before
                    : before.withItem(kind, original.reversal("?"));
            replacement = judgeItem(reversed, kind, form, Clocks.today(clock));
        }
        if (reversal.isRefused() || replacement != null && replacement.isRefused()) {
            Findings findings = new Findings().addAll(reversal.findings());
            if (replacement != null) {
                findings.addAll(replacement.findings());
            }
            return SaveOutcome.refused(findings);
        }
        claim.updatedAt = Instant.now(clock);
        MoneyRows.persist(claim, kind, reversal.after().lastItem(kind));
        record(claim, reversal.submission());
        Findings findings = new Findings().addAll(reversal.findings());
        if (replacement != null) {
            MoneyRows.persist(claim, kind, replacement.after().lastItem(kind));
            record(claim, replacement.submission());
            findings.addAll(replacement.findings());
        }
        return SaveOutcome.changed(claim, findings);
    }

    /**
     * The set path for a whole file of saves, judged by the methods above, written in the caller's transaction on its
     * connection for the connection's acting insurer.
     */
    public ClaimSetWrite setWrite(Connection connection) throws SQLException {
        return new ClaimSetWrite(connection, submissionLog, Instant.now(clock));
    }

    /**
     * Many claims' cores at once, by number in the order given: each created, or changed when the insurer has it, as
     * {@link #createIfValid} and {@link #changeIfValid} would judge it, looked up in one query and written as sets.
     * All or nothing: if the rules refuse one, nothing is written. Runs in the caller's transaction.
     */
    public ClaimBatch saveAll(Map<String, ClaimForm> forms) {
        Claim.getEntityManager().flush();
        return Claim.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Map<String, ClaimState> stored = ClaimStates.byNumber(connection, forms.keySet());
            Map<String, ClaimContract> contracts = ClaimStates.contracts(connection, forms.values().stream()
                    .map(f -> f.contractNumber).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
            ClaimSetWrite write = setWrite(connection);
            Map<String, ClaimSave> saves = new LinkedHashMap<>();
            int order = 0;
            for (Map.Entry<String, ClaimForm> entry : forms.entrySet()) {
                order++;
                ClaimState before = stored.get(entry.getKey());
                entry.getValue().claimNumber = entry.getKey();
                // A number with no stored claim is nobody's yet: a concurrent save's is met at the write as a conflict.
                ClaimSave save = before == null ? judgeCreate(entry.getValue(), contracts::get, number -> false)
                        : judgeChange(before, entry.getValue(), contracts::get);
                saves.put(entry.getKey(), save);
                if (save.writes()) {
                    write.saved(order, entry.getKey(), null, save);
                    write.claim(order, save.after());
                }
            }
            if (saves.values().stream().anyMatch(ClaimSave::isRefused)) {
                return new ClaimBatch(saves, Map.of());
            }
            write.write();
            return new ClaimBatch(saves, write.written());
        });
    }

    private static void checkVersion(Claim claim, String lockVersion) {
        if (!String.valueOf(claim.lockVersion).equals(lockVersion)) {
            throw new ConflictException();
        }
    }

    /** What the rules need, with codes judged against the claim as it was (a retired code may stay). */
    ClaimRules.Context context(ClaimContract contract, boolean claimNumberTaken, ClaimDraft existing) {
        ClaimRules.CodeCheck codes = (list, code) -> codeLists.allows(CodeList.valueOf(list), code,
                previousCode(existing, list));
        return new ClaimRules.Context(codes, (competence, specialty) -> codeLists
                .find(CodeList.ADDITIONAL_COMPETENCE, competence)
                .map(CodeListEntry::parentCodeOrNull)
                .map(specialty::equals)
                .orElse(false), contract, claimNumberTaken, Clocks.today(clock));
    }

    private static String previousCode(ClaimDraft existing, String list) {
        if (existing == null) {
            return null;
        }
        return switch (list) {
            case "CLAIM_STATUS" -> existing.status();
            case "INCIDENT_TYPE" -> existing.incidentType();
            case "SEVERITY" -> existing.severity();
            case "SPECIALTY" -> existing.specialty();
            case "ADDITIONAL_COMPETENCE" -> existing.additionalCompetence();
            default -> null;
        };
    }
}
