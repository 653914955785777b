package ee.tokvs.portal.dashboard;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Every few minutes folds the monthly cube's rows of committed writers into one row per cell (dash_cube_compact,
 * V17), so that a page sums few rows however many saves came before. The function takes a database lock for the
 * fold, so several portal instances may all call it: one folds, the others wait and find nothing left.
 */
@ApplicationScoped
public class CubeCompaction {

    private static final Logger LOG = Logger.getLogger(CubeCompaction.class);

    @Inject
    AgroalDataSource dataSource;

    @Scheduled(every = "${tokvs.dashboard.compact-every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select dash_cube_compact()");
        } catch (SQLException e) {
            // the cells stay right unfolded; the next run tries again
            LOG.warnf("folding the dashboards' cells failed: %s", e.getMessage());
        }
    }
}
