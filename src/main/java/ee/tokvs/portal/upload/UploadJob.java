package ee.tokvs.portal.upload;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.OnBehalf;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.rules.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Runs an accepted upload in the background, as the person who sent it and for the insurer they acted for.
 * First the whole file is read once (format, encoding, columns, row count); then every row is judged by the
 * register's services inside one transaction that commits only if no row had a problem, and the saves are written as
 * sets ({@link FileImport}), so memory stays flat however long the file.
 */
@ApplicationScoped
public class UploadJob {

    private static final Logger LOG = Logger.getLogger(UploadJob.class);
    /** How long a failed upload keeps trying to record its failure while the database does not answer. */
    private static final Duration RECORDING_PATIENCE = Duration.ofMinutes(5);

    /** What one upload is asked to do. */
    record Order(long uploadId, String insurerCode, Actor actor, Path file, UploadKind kind, UploadService.Options options) {

        boolean acceptWarnings() {
            return options.acceptWarnings();
        }

        boolean estonianNames() {
            return options.estonianNames();
        }
    }

    @Inject
    OnBehalf onBehalf;

    @Inject
    UploadLimits limits;

    @Inject
    UploadProgress progress;

    @Inject
    UploadMetrics metrics;

    @Inject
    ContractService contracts;

    @Inject
    ClaimService claims;

    @Inject
    CodeLists codeLists;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    EntityManager entityManager;

    @Inject
    UploadRecords records;

    @Inject
    Clock clock;

    private ExecutorService workers;

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "upload-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Uploads whose instance stopped (a previous run of this one, or another that crashed) end as failed, and the
     * files this instance kept go; the sweep is asked again every half minute, by every instance.
     */
    void onStart(@Observes StartupEvent event) {
        sweep();
        Path directory = Path.of(limits.directory());
        if (Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                files.filter(f -> f.getFileName().toString().endsWith(".upload")).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                LOG.warnf("Could not clear %s", directory);
            }
        }
    }

    @Scheduled(every = "${tokvs.upload.sweep-every:30s}", delayed = "${tokvs.upload.sweep-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            records.interrupted(Instant.now(clock), progress.runningHere(), progress.silence());
        } catch (IllegalStateException e) {
            LOG.warnf("the uploads of stopped instances were not swept: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Runs an accepted upload, whose progress {@link UploadService#accept} has already marked queued. */
    void submit(Order order) {
        try {
            workers.execute(() -> run(order));
        } catch (RuntimeException e) {
            progress.ended(order.uploadId());
            throw e;
        }
    }

    private void run(Order order) {
        metrics.started(order.uploadId());
        ProblemSink sink = new ProblemSink(order.uploadId(), order.insurerCode(), records);
        try {
            onBehalf.call(order.actor(), () -> {
                process(order, sink);
                return null;
            });
        } catch (Throwable e) {
            // Someone else saved the same record (a form, another upload) while this one ran: say so.
            boolean conflict = causedBy(e, OptimisticLockException.class) || causedBy(e, StaleStateException.class)
                    || causedBy(e, RuleViolationException.class) || UniqueViolation.constraint(e).isPresent();
            boolean databaseLost = !conflict && databaseLost(e);
            if (!conflict) {
                LOG.errorf(e, "Upload %d failed", order.uploadId());
            }
            sink.file((conflict ? UploadRules.CONFLICT : databaseLost ? UploadRules.DATABASE_LOST : UploadRules.FAILED).at());
            recordFailure(order, sink);
            metrics.ended(order.uploadId(), order.kind(), Upload.Status.FAILED, 0);
        } finally {
            // The file goes first: once the progress is gone, so is everything of the job.
            try {
                Files.deleteIfExists(order.file());
            } catch (IOException e) {
                LOG.warnf("Could not delete the uploaded file %s", order.file());
            }
            progress.ended(order.uploadId());
        }
    }

    /**
     * A failure is recorded even when the database itself failed (a restart, a lost connection): tried again until
     * it answers, for a while. Until then the job holds on to its progress, so the page does not call it cut off.
     * Past that the job lets go, and the sweep of lost uploads (any instance's, {@code UploadRecords.interrupted})
     * records it as interrupted once its heartbeat has been silent long enough.
     */
    private void recordFailure(Order order, ProblemSink sink) {
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
                LOG.warnf("Upload %d: stopped before its failure was recorded; the next start records it", order.uploadId());
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

    private void process(Order order, ProblemSink sink) {
        long id = order.uploadId();
        records.running(order.insurerCode(), id);
        if (!actingInsurer.stillMaySubmit()) {
            sink.file(UploadRules.MANDATE_LOST.at());
            finish(order, Upload.Status.REFUSED, new UploadTally(), sink);
            return;
        }
        UploadHeader header;
        int total;
        try (TableReader table = TableReader.open(order.file(), order.kind(), limits)) {
            TableRow first = table.next();
            if (first == null) {
                throw new UploadFileException(UploadRules.FILE_EMPTY);
            }
            header = UploadHeader.read(order.kind(), first, order.estonianNames());
            header.problems().forEach(sink::file);
            total = 0;
            while (table.next() != null) {
                total++;
            }
        } catch (UploadFileException e) {
            sink.file(e.finding());
            finish(order, Upload.Status.REFUSED, new UploadTally(), sink);
            return;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (total == 0 && header.problems().isEmpty()) {
            sink.file(UploadRules.FILE_NO_ROWS.at());
        }
        if (sink.refuses(order.acceptWarnings())) {
            finish(order, Upload.Status.REFUSED, new UploadTally(), sink);
            return;
        }
        progress.advanced(id, 0, total);
        UploadTally tally = new UploadTally();
        int rows = total;
        try {
            QuarkusTransaction.requiringNew().timeout(limits.transactionTimeoutSeconds())
                    .run(() -> importRows(order, header, rows, tally, sink));
            metrics.ended(order.uploadId(), order.kind(), Upload.Status.DONE, tally.rows);
        } catch (RuntimeException e) {
            RolledBack rolledBack = cause(e, RolledBack.class);
            if (rolledBack == null) {
                throw e;
            }
            finish(order, rolledBack.status, tally, sink);
        }
        // A saved upload's DONE was written inside its own transaction, so it commits with the data.
    }

    /** Inside the upload's one transaction: every row judged by the services; any problem rolls all back. */
    private void importRows(Order order, UploadHeader header, int total, UploadTally tally, ProblemSink sink) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                // A first upload fills nearly empty tables in one transaction: plans cached while they were
                // empty (foreign-key checks, look-ups by number) would scan ever larger tables.
                statement.execute("set local plan_cache_mode = force_custom_plan");
            }
            // One upload at a time per insurer: a second one (or the same file sent twice) waits, then sees
            // what the first saved.
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "upload:" + order.insurerCode());
                lock.execute();
            }
        });
        entityManager.unwrap(Session.class).doWork(connection -> importFile(connection, order, header, total, tally,
                sink));
        progress.advanced(order.uploadId(), tally.rows, total);
        entityManager.flush();
        if (!mandateHeld()) {
            sink.file(UploadRules.MANDATE_LOST.at());
        }
        sink.flush();
        if (sink.refuses(order.acceptWarnings())) {
            throw new RolledBack(Upload.Status.REFUSED);
        }
        if (order.options().checkOnly()) {
            // Judged exactly as a save, up to the commit; its status says what the save would have come to.
            throw new RolledBack(Upload.Status.DONE);
        }
        entityManager.unwrap(Session.class).doWork(connection -> records.finished(connection, order.uploadId(),
                Upload.Status.DONE, tally, sink.errors(), sink.warnings(), Instant.now(clock)));
    }

    /**
     * The file judged whole first, then written as sets unless anything refuses it ({@link ClaimFileImport},
     * {@link ContractFileImport}).
     */
    private void importFile(Connection connection, Order order, UploadHeader header, int total, UploadTally tally,
            ProblemSink sink) throws SQLException {
        IntConsumer advanced = done -> progress.advanced(order.uploadId(), done, total);
        FileImport file = order.kind() == UploadKind.CLAIMS
                ? new ClaimFileImport(connection, claims, new CodeMatcher(codeLists), header, order.acceptWarnings(),
                        sink, tally, advanced)
                : new ContractFileImport(connection, contracts, header, order.acceptWarnings(), sink, tally, advanced);
        long started = System.nanoTime();
        try (TableReader table = TableReader.open(order.file(), order.kind(), limits)) {
            file.stage(table);
        } catch (UploadFileException e) {
            sink.file(e.finding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long staged = System.nanoTime();
        file.judge();
        file.report();
        long judged = System.nanoTime();
        if (!sink.refuses(order.acceptWarnings())) {
            progress.writing(order.uploadId(), total);
            file.write();
        }
        LOG.infof("Upload %d (%s): %,d rows staged in %.1f s, judged in %.1f s, written in %.1f s", order.uploadId(),
                order.kind(), tally.rows, (staged - started) / 1e9, (judged - staged) / 1e9,
                (System.nanoTime() - judged) / 1e9);
    }

    /**
     * The mandate is read once more just before commit, in the upload's transaction and locked
     * ({@link ActingInsurer#stillMaySubmit(java.sql.Connection)}), so that a revocation or a suspended licence
     * either waits for this upload or is seen by it, never slips in between.
     */
    private boolean mandateHeld() {
        return entityManager.unwrap(Session.class).doReturningWork(actingInsurer::stillMaySubmit);
    }

    private void finish(Order order, Upload.Status status, UploadTally tally, ProblemSink sink) {
        sink.flush();
        records.finished(order.insurerCode(), order.uploadId(), status, tally, sink.errors(), sink.warnings(),
                Instant.now(clock));
        metrics.ended(order.uploadId(), order.kind(), status, 0);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Rolls the upload's transaction back (a row had a problem, or the file was only to be checked), ending so. */
    private static final class RolledBack extends RuntimeException {
        private final transient Upload.Status status;

        RolledBack(Upload.Status status) {
            super("upload rolled back: " + status, null, false, false);
            this.status = status;
        }
    }
}
