package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.dashboard.DashboardQueries.Line;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How the dashboards' aggregates run on the database: each on a connection of its own, with the acting insurer's
 * row-level security, planned for large sets (below). {@link DashboardQueries} says what they ask.
 */
@ApplicationScoped
class DashboardReads {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Runs one aggregate. Row-level security's filter makes the planner take every summary table for a few
     * rows, so it would join them by nested loops, scanning a whole table per row (seconds at a million claims),
     * and group by sorting on disk; these reads aggregate large sets, so nested loops are off for them and they may
     * hash in memory (64 MB: the cells of a million claims group in some 20 MB), on this connection, for this query.
     * Without JIT compilation, as every pooled connection is from its start (application.properties): a plan with a
     * nested loop it cannot avoid (a claim's row per dimension) is costed as if it scanned for ever, and PostgreSQL
     * then spent 420-480 ms compiling a query that runs in 15 (auto_explain, the breakdowns at a million claims).
     * Planned for each call's own dates: the plan for any dates PostgreSQL settles on after five runs of a prepared
     * statement took a whole period for a few rows and sorted them one by one (17 ms for what runs in 4). The settings
     * go in one round trip, their reset in another.
     */
    List<Line> lines(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "set enable_nestloop = off; set work_mem = '64MB';"
                    + " set plan_cache_mode = force_custom_plan");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    Object param = params.get(i);
                    if (param instanceof String[] values) {
                        statement.setArray(i + 1, connection.createArrayOf("text", values));
                    } else {
                        statement.setObject(i + 1, param);
                    }
                }
                List<Line> lines = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<BigDecimal> values = new ArrayList<>();
                        for (int c = 2; c <= columns; c++) {
                            values.add(decimal(rs.getObject(c)));
                        }
                        lines.add(new Line(rs.getString(1), values));
                    }
                }
                return lines;
            } finally {
                execute(connection, "reset enable_nestloop; reset work_mem; reset plan_cache_mode");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard query failed: " + e.getMessage(), e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
        }
        return new BigDecimal(value.toString());
    }
}
