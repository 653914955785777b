package ee.tokvs.portal.api;

import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.rules.Finding;
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
        Receipt.Result result = switch (outcome.result()) {
            case CREATED -> Receipt.Result.CREATED;
            case CHANGED -> Receipt.Result.CHANGED;
            case UNCHANGED -> Receipt.Result.UNCHANGED;
            case REFUSED -> throw new IllegalArgumentException("a refused save has no receipt");
        };
        Receipt.Submission submission = null;
        if (result != Receipt.Result.UNCHANGED) {
            SubmissionEvent event = SubmissionEvent.<SubmissionEvent>find("recordType = ?1 and recordId = ?2 order by id desc",
                    type, id).firstResult();
            submission = new Receipt.Submission(event.id, event.action, event.businessDate, event.deadline, event.late,
                    event.submittedAt);
        }
        var warnings = outcome.findings() == null ? java.util.List.<ApiProblem.Item>of()
                : outcome.findings().all().stream().filter(f -> !f.isError()).map((Finding f) -> texts.item(f, language)).toList();
        return new Receipt(result, false, new Receipt.RecordRef(type.name(), id, number, version.getAsInt()), submission,
                warnings.isEmpty() ? null : warnings);
    }
}
