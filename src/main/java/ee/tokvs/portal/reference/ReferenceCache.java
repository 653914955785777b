package ee.tokvs.portal.reference;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * The reference data in memory, for every instance of the portal at once. Each instance listens on a connection of
 * its own to PostgreSQL's channel {@value #CHANNEL}, on which the tables' triggers (V30) announce every committed
 * change, whoever made it: another instance, a migration, an operator's SQL. A change makes the picture stale and the
 * next request reads a new one.
 * <p>
 * While the instance is not listening (at start, or after the connection broke) nothing is kept: every request reads
 * the data itself, as it would without this cache, so a change is never missed. Listening again starts afresh.
 * A change made through this instance is also taken when its transaction commits, so that the page after a save
 * shows it without waiting for the announcement.
 */
@ApplicationScoped
public class ReferenceCache {

    static final String CHANNEL = "tokvs_reference";

    private static final Logger LOG = Logger.getLogger(ReferenceCache.class);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY = Duration.ofSeconds(2);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Counts the changes announced (and the times listening started or stopped). */
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept kept;
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile Connection connection;
    private Thread watcher;
    /** Whether the current outage was logged: once at a warning, its retries only at debug. */
    private boolean outageLogged;

    private record Kept(long generation, ReferenceData data) {
    }

    /** The reference data as committed now: kept, or read afresh when something changed or nobody is listening. */
    public ReferenceData current() {
        long seen = generation.get();
        Kept now = kept;
        if (listening && now != null && now.generation() == seen) {
            return now.data();
        }
        ReferenceData data = read();
        if (listening) {
            // Read after the generation was taken: a change announced meanwhile moves the generation on, and the
            // next request reads again.
            kept = new Kept(seen, data);
        }
        return data;
    }

    /** Whether the instance is listening for changes, and so keeps the data (tests wait for it). */
    public boolean isListening() {
        return listening;
    }

    /** For writers of reference data: take the change as soon as the current transaction commits. */
    public void changedOnCommit() {
        if (transactions.getResource(ReferenceCache.class) != null) {
            return; // once per transaction, however many changes it makes
        }
        transactions.putResource(ReferenceCache.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed();
                }
            }
        });
    }

    private void changed() {
        generation.incrementAndGet();
        kept = null;
    }

    private ReferenceData read() {
        try (Connection c = dataSource.getConnection()) {
            return ReferenceData.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reference data unreadable: " + e.getMessage(), e);
        }
    }

    void start(@Observes StartupEvent event) {
        watcher = new Thread(this::watch, "tokvs-reference-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        closeQuietly(connection);
        if (watcher != null) {
            LockSupport.unpark(watcher);
        }
    }

    private void watch() {
        while (!stopping) {
            try {
                listen();
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.logf(outageLogged ? Logger.Level.DEBUG : Logger.Level.WARN, "not listening for reference"
                            + " data changes (%s); until it listens again, every request reads them; retrying every %s s",
                            e.getMessage(), RETRY.toSeconds());
                    outageLogged = true;
                }
            } finally {
                listening = false;
                changed();
                closeQuietly(connection);
                connection = null;
            }
            if (!stopping) {
                LockSupport.parkNanos(RETRY.toNanos());
            }
        }
    }

    /** Listens until the connection breaks or the portal stops. */
    private void listen() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "tokvs-portal reference watch");
        connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("the driver does not take " + url);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        changed();
        listening = true;
        if (outageLogged) {
            LOG.info("listening for reference data changes again");
            outageLogged = false;
        }
        while (!stopping) {
            var notifications = pg.getNotifications((int) WAIT.toMillis());
            if (notifications != null && notifications.length > 0) {
                changed();
            } else if (!connection.isValid((int) WAIT.toSeconds())) {
                throw new SQLException("the connection broke");
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing the reference watch's connection", e);
        }
    }
}
