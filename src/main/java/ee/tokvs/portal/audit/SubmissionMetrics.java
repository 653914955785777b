package ee.tokvs.portal.audit;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.RowLevelSecurity;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The register's submissions and late submissions per insurer, for Prometheus (docs/deployment.md, "Metrics"):
 * {@code tokvs_register_submissions} and {@code tokvs_register_submissions_late}, read from the database's daily
 * counts (dash_submission_day, V8), so every instance says the same whichever of them took the submission. Refreshed
 * every half minute (one grouped scan of a few thousand rows), not on each scrape.
 */
@ApplicationScoped
public class SubmissionMetrics {

    private static final Logger LOG = Logger.getLogger(SubmissionMetrics.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private MultiGauge submissions;
    private MultiGauge late;

    @PostConstruct
    void register() {
        submissions = MultiGauge.builder("tokvs.register.submissions")
                .description("Submissions in the register, every channel, per insurer").register(registry);
        late = MultiGauge.builder("tokvs.register.submissions.late")
                .description("Submissions in the register after their deadline, per insurer").register(registry);
    }

    @Scheduled(every = "${tokvs.metrics.refresh-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            refresh();
        } catch (IllegalStateException e) {
            // the figures stay as they were; readiness says whether the database is there
            LOG.debugf("the submission metrics were not refreshed: %s", e.getMessage());
        }
    }

    /** Reads the counts now. */
    public void refresh() {
        List<MultiGauge.Row<?>> all = new ArrayList<>();
        List<MultiGauge.Row<?>> overdue = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, ActingInsurer.ALL_READ_ONLY);
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select insurer_code, sum(events), sum(events - on_time)"
                            + " from dash_submission_day group by insurer_code")) {
                while (rs.next()) {
                    Tags insurer = Tags.of("insurer", rs.getString(1));
                    all.add(MultiGauge.Row.of(insurer, rs.getLong(2)));
                    overdue.add(MultiGauge.Row.of(insurer, rs.getLong(3)));
                }
            } finally {
                RowLevelSecurity.setInsurer(connection, ActingInsurer.NOBODY);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the submission counts: " + e.getMessage(), e);
        }
        submissions.register(all, true);
        late.register(overdue, true);
    }
}
