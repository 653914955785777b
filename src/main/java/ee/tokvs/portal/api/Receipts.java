package ee.tokvs.portal.api;

import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.SaveOutcome;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/** Receipts for saved writes, read from what the save wrote: the record's version and its submission event. */
@ApplicationScoped
public class Receipts {

    @Inject
    ApiTexts texts;

    /** What the service made of a write: its receipt, or the findings that refused it. */
    <T> ApiCalls.Saved saved(SaveOutcome<T> outcome, RecordType type, Function<T, Long> id, Function<T, String> number,
            ToIntFunction<T> version, ApiCall call) {
        if (outcome.isRefused()) {
            return ApiCalls.Saved.refused(outcome.findings());
        }
        T record = outcome.record();
        return ApiCalls.Saved.of(of(outcome, type, id.apply(record), number.apply(record),
                () -> version.applyAsInt(record), ApiTexts.languageOf(call.acceptLanguage)));
    }

    Receipt of(SaveOutcome<?> outcome, RecordType type, long id, String number, IntSupplier version, Language language) {
        // the version a record gets, and its event, exist once the save is flushed
        Panache.getEntityManager().flush();
        SubmissionEvent event = outcome.result() == SaveOutcome.Result.UNCHANGED ? null
                : SubmissionEvent.<SubmissionEvent>find("recordType = ?1 and recordId = ?2 order by id desc", type, id)
                        .firstResult();
        return of(outcome.result(), outcome.findings(), type, id, number, version.getAsInt(), event, language);
    }

    /** The receipt of a save whose record and event are known: written as a set, or read back after a flush. */
    Receipt of(SaveOutcome.Result saved, Findings findings, RecordType type, long id, String number, int version,
            SubmissionEvent event, Language language) {
        Receipt.Result result = switch (saved) {
            case CREATED -> Receipt.Result.CREATED;
            case CHANGED -> Receipt.Result.CHANGED;
            case UNCHANGED -> Receipt.Result.UNCHANGED;
            case REFUSED -> throw new IllegalArgumentException("a refused save has no receipt");
        };
        Receipt.Submission submission = event == null ? null : new Receipt.Submission(event.id, event.action,
                event.businessDate, event.deadline, event.late, event.submittedAt);
        var warnings = findings == null ? java.util.List.<ApiProblem.Item>of()
                : findings.all().stream().filter(f -> !f.isError()).map((Finding f) -> texts.item(f, language)).toList();
        return new Receipt(result, false, new Receipt.RecordRef(type.name(), id, number, version), submission,
                warnings.isEmpty() ? null : warnings);
    }
}
