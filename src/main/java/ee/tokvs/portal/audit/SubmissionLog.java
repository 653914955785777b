package ee.tokvs.portal.audit;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.shared.time.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Records every create and change of the register as a submission event, in the caller's transaction: one by one
 * ({@link #record}), or for a whole file or batch as a set ({@link #staged}).
 */
@ApplicationScoped
public class SubmissionLog {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public SubmissionEvent record(SubmissionEvent.RecordType type, long recordId, String label, String action,
            LocalDate businessDate, List<Change> changes) {
        SubmissionEvent event = prepare(submitter(), type, label, action, businessDate, changes);
        event.recordId = recordId;
        event.persist();
        SavedThisRequest.recorded(event);
        return event;
    }

    /** The events of a set write for records of a type, gathered in the caller's transaction on its connection. */
    public StagedSubmissions staged(Connection connection, SubmissionEvent.RecordType type) throws SQLException {
        return new StagedSubmissions(connection, this, type);
    }

    /** Who submits, as each of their events records it: read once for a whole file. */
    record Submitter(String username, String name, String orgCode, String client, SubmissionEvent.Channel channel) {
    }

    /** The person (or system) submitting in this request. */
    Submitter submitter() {
        String client = currentUser.apiClient().orElse(null);
        return new Submitter(currentUser.username(), currentUser.displayName(),
                currentUser.representativeCompany().map(Organisation::registryCode).orElse(null), client,
                client != null ? SubmissionEvent.Channel.API
                        : currentUser.isOnBehalf() ? SubmissionEvent.Channel.UPLOAD : SubmissionEvent.Channel.FORM);
    }

    /**
     * The event as it will be recorded, not yet written: who submits, through which channel, when, the deadline and
     * whether it is late. Its record id is left for the writer, who learns it with the record.
     */
    SubmissionEvent prepare(Submitter submitter, SubmissionEvent.RecordType type, String label, String action,
            LocalDate businessDate, List<Change> changes) {
        SubmissionEvent event = new SubmissionEvent();
        event.recordType = type;
        event.recordLabel = label;
        event.action = action;
        event.actorUsername = submitter.username();
        event.actorName = submitter.name();
        event.actorOrgCode = submitter.orgCode();
        event.client = submitter.client();
        event.channel = submitter.channel();
        event.businessDate = businessDate;
        event.deadline = WorkingDays.deadlineFor(businessDate);
        event.submittedAt = Instant.now(clock);
        event.late = WorkingDays.isLate(event.deadline, event.submittedAt.atZone(WorkingDays.TALLINN));
        event.setChanges(changes);
        return event;
    }
}
