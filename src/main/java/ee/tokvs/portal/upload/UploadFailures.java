package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.rules.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * An upload job that failed ({@link UploadJob}): why, as its page says it (someone else saved the same record, the
 * database went away, or anything else), and its end recorded even while the database does not answer, for a while.
 */
@ApplicationScoped
class UploadFailures {

    private static final Logger LOG = Logger.getLogger(UploadFailures.class);
    /** How long a failed upload keeps trying to record its failure while the database does not answer. */
    private static final Duration RECORDING_PATIENCE = Duration.ofMinutes(5);

    @Inject
    UploadRecords records;

    @Inject
    Clock clock;

    /** Names the failure on the upload, logs it unless it is a conflict, and records the upload as failed. */
    void failed(UploadJob.Order order, ProblemSink sink, Throwable failure) {
        // Someone else saved the same record (a form, another upload) while this one ran: say so.
        boolean conflict = causedBy(failure, OptimisticLockException.class) || causedBy(failure, StaleStateException.class)
                || causedBy(failure, RuleViolationException.class) || UniqueViolation.constraint(failure).isPresent();
        if (!conflict) {
            LOG.errorf(failure, "Upload %d failed", order.uploadId());
        }
        sink.file((conflict ? UploadRules.CONFLICT : databaseLost(failure) ? UploadRules.DATABASE_LOST
                : UploadRules.FAILED).at());
        record(order, sink);
    }

    /**
     * A failure is recorded even when the database itself failed (a restart, a lost connection): tried again until
     * it answers, for a while. Until then the job holds on to its progress, so the page does not call it cut off.
     * Past that the job lets go, and the sweep of lost uploads (any instance's, {@code UploadRecords.interrupted})
     * records it as interrupted once its heartbeat has been silent long enough.
     */
    private void record(UploadJob.Order order, ProblemSink sink) {
        long giveUp = System.nanoTime() + RECORDING_PATIENCE.toNanos();
        long pause = 100;
        for (int attempt = 1;; attempt++) {
            try {
                if (records.failed(order.insurerCode(), order.uploadId(), sink.unwritten(), sink.errors(),
                        sink.warnings(), Instant.now(clock))) {
                    sink.written();
                } else {
                    LOG.infof("Upload %d had already ended (a commit that went through as its connection broke);"
                            + " its end stands", order.uploadId());
                }
                if (attempt > 1) {
                    LOG.infof("Upload %d: its failure was dealt with at attempt %d", order.uploadId(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() - giveUp > 0) {
                    LOG.errorf(e, "Upload %d: its failure could not be recorded in %d minutes; the sweep of lost uploads will",
                            order.uploadId(), RECORDING_PATIENCE.toMinutes());
                    return;
                }
                if (attempt == 1) {
                    LOG.warnf("Upload %d: its failure cannot be recorded yet (%s); trying again until the database answers",
                            order.uploadId(), e.getMessage());
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warnf("Upload %d: stopped before its failure was recorded; the sweep of lost uploads will", order.uploadId());
                return;
            }
            pause = Math.min(2 * pause, 5_000);
        }
    }

    /**
     * Whether the database went away under the job: the connection broke, or the server shut down or restarted.
     * A failed commit carries the reason as a suppressed exception, so those are searched too.
     */
    private static boolean databaseLost(Throwable failure) {
        if (failure == null) {
            return false;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (databaseLost(suppressed)) {
                return true;
            }
        }
        return failure.getCause() != failure && databaseLost(failure.getCause());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    /** The failure itself or its first cause of that type; null for none. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
