package ee.tokvs.portal.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.tokvs.portal.statistics.Disclosure.Measure;
import ee.tokvs.portal.statistics.Disclosure.RawRow;
import ee.tokvs.portal.statistics.Disclosure.RawTable;
import ee.tokvs.portal.statistics.Snapshot.Label;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the open statistics: every hour reads the aggregates through public_statistics_cells (V19), the only way
 * the public figures reach the register, lets {@link Disclosure} suppress and round them, and stores the result as a
 * new snapshot. Several portal instances may run it: a database lock lets one publish, and a snapshot younger than
 * the interval is left to stand. The last {@value #KEPT} snapshots are kept.
 */
@ApplicationScoped
public class StatisticsPublisher {

    private static final Logger LOG = Logger.getLogger(StatisticsPublisher.class);
    static final int KEPT = 48;
    /** The specialty group of claims without a specialty, or with one outside every group. */
    public static final String NO_GROUP = "NONE";

    private static final List<Measure> COUNTS = List.of(Measure.CLAIMS, Measure.DECIDED, Measure.INSURED,
            Measure.SHARE_INSURED);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    PublishedStatistics statistics;

    @ConfigProperty(name = "tokvs.statistics.publish-every", defaultValue = "1h")
    Duration every;

    @Scheduled(every = "${tokvs.statistics.publish-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            publish(false);
        } catch (RuntimeException e) {
            // the last snapshot stays published; the next hour tries again
            LOG.warnf("publishing the open statistics failed: %s", e.getMessage());
        }
    }

    /**
     * Publishes a snapshot now, or (not forced) only if the last is older than the interval; true if this call
     * published one.
     */
    public boolean publish(boolean force) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean published = publish(connection, force);
                connection.commit();
                if (published) {
                    statistics.forget();
                }
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("open statistics not published: " + e.getMessage(), e);
        }
    }

    private boolean publish(Connection connection, boolean force) throws SQLException {
        try (PreparedStatement due = connection.prepareStatement("select pg_try_advisory_xact_lock(hashtext("
                + "'public_statistics_snapshot')) and (? or coalesce((select max(published_at) from"
                + " public_statistics_snapshot) < now() - make_interval(secs => ?), true))")) {
            due.setBoolean(1, force);
            due.setLong(2, every.toSeconds() * 9 / 10);
            try (ResultSet rs = due.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        Snapshot.Figures figures = figures(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into public_statistics_snapshot (figures) values (?::jsonb)");
                PreparedStatement prune = connection.prepareStatement("delete from public_statistics_snapshot where id <"
                        + " (select min(id) from (select id from public_statistics_snapshot order by id desc limit ?) k)")) {
            insert.setString(1, json.writeValueAsString(figures));
            insert.executeUpdate();
            prune.setInt(1, KEPT);
            prune.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    /** The tables as published, from the register's aggregates, every category of its code list in its order. */
    private Snapshot.Figures figures(Connection connection) throws SQLException {
        Map<String, Map<String, RawRow>> byTable = new LinkedHashMap<>();
        BigDecimal totalMedian = null;
        try (PreparedStatement statement = connection.prepareStatement("select * from public_statistics_cells()");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String dimension = rs.getString("dimension");
                if (dimension.equals("TOTAL")) {
                    totalMedian = rs.getBigDecimal("median_days");
                    continue;
                }
                Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
                put(values, Measure.CLAIMS, rs.getBigDecimal("claims"));
                put(values, Measure.DECIDED, rs.getBigDecimal("decided"));
                put(values, Measure.INSURED, rs.getBigDecimal("insured"));
                put(values, Measure.MEDIAN_DAYS, rs.getBigDecimal("median_days"));
                put(values, Measure.PAID, rs.getBigDecimal("paid"));
                put(values, Measure.PAID_CLAIMS, rs.getBigDecimal("paid_claims"));
                byTable.computeIfAbsent(dimension.toLowerCase(java.util.Locale.ROOT), d -> new LinkedHashMap<>())
                        .put(rs.getString("category"), new RawRow(rs.getString("category"), values));
            }
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        Map<String, List<String>> categories = categories(connection, labels);
        TreeSet<Integer> years = new TreeSet<>();
        byTable.getOrDefault("incident_year", Map.of()).keySet().forEach(y -> years.add(Integer.valueOf(y)));
        List<String> yearKeys = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last(); y++) {
                yearKeys.add(String.valueOf(y));
            }
        }
        categories.put("incident_year", yearKeys);
        List<Disclosure.Table> tables = new ArrayList<>();
        for (String table : Snapshot.TABLES) {
            List<Measure> measures = switch (table) {
                case "incident_year" -> List.of(Measure.CLAIMS, Measure.DECIDED, Measure.INSURED,
                        Measure.SHARE_INSURED, Measure.MEDIAN_DAYS);
                case "damage_type" -> List.of(Measure.PAID_CLAIMS, Measure.PAID);
                default -> COUNTS;
            };
            Map<String, RawRow> found = byTable.getOrDefault(table, Map.of());
            List<RawRow> rows = categories.get(table).stream()
                    .map(key -> found.getOrDefault(key, new RawRow(key, Map.of()))).toList();
            tables.add(Disclosure.publish(new RawTable(table, measures, rows, totalMedian)));
        }
        return new Snapshot.Figures(tables, labels);
    }

    private static void put(Map<Measure, BigDecimal> values, Measure measure, BigDecimal value) {
        if (value != null) {
            values.put(measure, value);
        }
    }

    /**
     * Every category a table shows, in its code list's order, with its names: an empty category shows as "&lt;5"
     * rather than vanish. A specialty outside every group, or none, counts as NONE.
     */
    private static Map<String, List<String>> categories(Connection connection, Map<String, Label> labels)
            throws SQLException {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select lower(list), code, label_et, label_en, sort_order from code_list_entry"
                        + " where list in ('INCIDENT_TYPE', 'SEVERITY', 'DAMAGE_TYPE')"
                        + " union all select 'specialty_group', code, label_et, label_en, sort_order from specialty_group"
                        + " order by 1, 5, 2");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                categories.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                labels.put(rs.getString(1) + ":" + rs.getString(2), new Label(rs.getString(3), rs.getString(4)));
            }
        }
        // named by the page's messages (stat:group_none)
        categories.computeIfAbsent("specialty_group", t -> new ArrayList<>()).add(NO_GROUP);
        return categories;
    }
}
