package ee.tokvs.portal.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The latest published snapshot, held in memory: a spike of public traffic reads it from here, and asks the database
 * at most every {@value #CHECK_SECONDS} seconds whether a newer one has been published (by this instance or
 * another). The downloads made of it are kept too, until the next snapshot.
 */
@ApplicationScoped
public class PublishedStatistics {

    static final int CHECK_SECONDS = 30;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    private volatile Snapshot current;
    private volatile long checkedAt;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();

    /** The latest snapshot; none before the first is published. */
    public Optional<Snapshot> latest() {
        long now = System.nanoTime();
        if (current == null || now - checkedAt > TimeUnit.SECONDS.toNanos(CHECK_SECONDS)) {
            synchronized (this) {
                if (current == null || now - checkedAt > TimeUnit.SECONDS.toNanos(CHECK_SECONDS)) {
                    reload();
                    checkedAt = System.nanoTime();
                }
            }
        }
        return Optional.ofNullable(current);
    }

    /** A file made of the snapshot (a download in a language), made once per snapshot. */
    public byte[] made(Snapshot snapshot, String what, Supplier<byte[]> make) {
        return made.computeIfAbsent(snapshot.id() + ":" + what, key -> make.get());
    }

    /** The next read asks the database (this instance has just published). */
    void forget() {
        checkedAt = 0;
        current = null;
    }

    /** Every snapshot kept, oldest first, for comparing consecutive ones. */
    public List<Snapshot> kept() {
        return read("select id, published_at, figures from public_statistics_snapshot where id > ? order by id", 0);
    }

    private void reload() {
        Snapshot loaded = read("select id, published_at, figures from public_statistics_snapshot"
                + " where id > ? order by id desc limit 1", current == null ? 0 : current.id()).stream()
                .findFirst().orElse(null);
        if (loaded != null) {
            current = loaded;
            made.keySet().removeIf(key -> !key.startsWith(loaded.id() + ":"));
        }
    }

    /** How often this instance has read snapshots from the database (./portal bench statistics reports it). */
    public long reads() {
        return reads.get();
    }

    private List<Snapshot> read(String sql, long after) {
        reads.incrementAndGet();
        List<Snapshot> snapshots = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, after);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Snapshot.Figures figures = json.readValue(rs.getString(3), Snapshot.Figures.class);
                    snapshots.add(new Snapshot(rs.getLong(1), rs.getTimestamp(2).toInstant(), figures.tables(),
                            figures.labels()));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("open statistics unreadable: " + e.getMessage(), e);
        }
        return snapshots;
    }
}
