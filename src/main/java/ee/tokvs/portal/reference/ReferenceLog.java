package ee.tokvs.portal.reference;

import ee.tokvs.portal.access.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;

/**
 * Records an administrative change (reference data, mandates, people) in the caller's transaction. A change to
 * reference data also has this instance's {@link ReferenceCache} take it when that transaction commits.
 */
@ApplicationScoped
public class ReferenceLog {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ReferenceCache cache;

    public void record(String subject, String subjectKey, String action, JsonObject changes) {
        recordOnly(subject, subjectKey, action, changes);
        cache.changedOnCommit();
    }

    /** Records a change that leaves the reference data as it was (people's access): nothing to reload. */
    public void recordOnly(String subject, String subjectKey, String action, JsonObject changes) {
        ReferenceChange change = new ReferenceChange();
        change.subject = subject;
        change.subjectKey = subjectKey;
        change.action = action;
        change.actorUsername = currentUser.username();
        change.actorName = currentUser.displayName();
        change.changedAt = Instant.now(clock);
        change.changes = changes.toString();
        change.persist();
    }
}
