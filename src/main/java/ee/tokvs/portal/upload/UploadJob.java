package ee.tokvs.portal.upload;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.OnBehalf;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.reference.CodeLists;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    UploadFailures failures;

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
            failures.failed(order, sink, e);
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
            RolledBack rolledBack = UploadFailures.cause(e, RolledBack.class);
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

    /** Rolls the upload's transaction back (a row had a problem, or the file was only to be checked), ending so. */
    private static final class RolledBack extends RuntimeException {
        private final transient Upload.Status status;

        RolledBack(Upload.Status status) {
            super("upload rolled back: " + status, null, false, false);
            this.status = status;
        }
    }
}
