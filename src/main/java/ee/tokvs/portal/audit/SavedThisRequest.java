package ee.tokvs.portal.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The submission events this request recorded one by one ({@link SubmissionLog#record}), so that the page a form's save
 * sends its user to names the event just saved (it confirms what was saved and its deadline,
 * {@link SubmissionEvent#saved}) without taking another connection to ask the database which one that was: every
 * save of a form records its event one by one.
 */
@RequestScoped
public class SavedThisRequest {

    private final Map<String, Long> latest = new HashMap<>();

    /** Remembers the event for the rest of the request; outside a request (a background job) there is none to tell. */
    static void recorded(SubmissionEvent event) {
        if (Arc.container().requestContext().isActive()) {
            // through the bean's client proxy, to this request's instance: a method, never a field
            Arc.container().instance(SavedThisRequest.class).get().remember(event);
        }
    }

    void remember(SubmissionEvent event) {
        latest.put(key(event.recordType, event.recordId), event.id);
    }

    /** The record's page after a save, naming the latest event of it (a form's save records one). */
    public URI pageOf(SubmissionEvent.RecordType type, long recordId) {
        Long saved = latest.get(key(type, recordId));
        String page = SubmissionEvent.pathOf(type, recordId);
        return URI.create(saved == null ? page : page + "?saved=" + saved);
    }

    private static String key(SubmissionEvent.RecordType type, long recordId) {
        return type + ":" + recordId;
    }
}
