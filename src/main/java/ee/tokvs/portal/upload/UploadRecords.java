package ee.tokvs.portal.upload;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.RowLevelSecurity;
import ee.tokvs.portal.shared.db.Statements;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An upload's own bookkeeping (its status, counts and problems), written for the insurer the upload
 * belongs to on the pool that is never part of a transaction. So the report is kept even when the upload's
 * transaction rolls back, and even when the person who sent it has lost the right to act for the insurer.
 */
@ApplicationScoped
public class UploadRecords {

    @Inject
    @io.quarkus.agroal.DataSource("access")
    AgroalDataSource dataSource;

    void running(String insurerCode, long uploadId) {
        update(insurerCode, "update upload set status = 'RUNNING' where id = ?", uploadId);
    }

    /** A refused or failed upload's end, written on its own: nothing else of the upload commits. */
    void finished(String insurerCode, long uploadId, Upload.Status status, UploadTally tally, int errors,
            int warnings, Instant at) {
        work(insurerCode, connection -> finished(connection, uploadId, status, tally, errors, warnings, at));
    }

    /** The end of an upload on a given connection: a saved upload's, inside its own transaction. */
    void finished(Connection connection, long uploadId, Upload.Status status, UploadTally tally, int errors,
            int warnings, Instant at) throws SQLException {
        boolean done = status == Upload.Status.DONE;
        Statements.update(connection, "update upload set status = ?, finished_at = ?, rows_total = ?, rows_created = ?,"
                + " rows_changed = ?, rows_unchanged = ?, errors = ?, warnings = ?, lock_version = lock_version + 1"
                + " where id = ?", status.name(), Timestamp.from(at), tally.rows, done ? tally.created : 0,
                done ? tally.changed : 0, done ? tally.unchanged : 0, errors, warnings, uploadId);
    }

    /**
     * A failed upload's end and the problems that say why, together, unless the upload has already ended: when the
     * connection is lost during the upload's own commit, the job cannot know whether it went through, and a DONE
     * that committed with the rows is the truth. Returns whether this recorded the end.
     */
    boolean failed(String insurerCode, long uploadId, List<UploadProblem> problems, int errors, int warnings,
            Instant at) {
        boolean[] recorded = {false};
        work(insurerCode, connection -> {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement update = connection.prepareStatement("update upload set status = 'FAILED',"
                        + " finished_at = ?, rows_total = 0, rows_created = 0, rows_changed = 0, rows_unchanged = 0,"
                        + " errors = ?, warnings = ?, lock_version = lock_version + 1"
                        + " where id = ? and status in ('QUEUED', 'RUNNING')")) {
                    update.setTimestamp(1, Timestamp.from(at));
                    update.setInt(2, errors);
                    update.setInt(3, warnings);
                    update.setLong(4, uploadId);
                    recorded[0] = update.executeUpdate() == 1;
                }
                if (recorded[0]) {
                    insertProblems(connection, insurerCode, problems);
                }
                connection.commit();
            } finally {
                // uncommitted work is rolled back by the pool when the connection goes back
                connection.setAutoCommit(true);
            }
        });
        return recorded[0];
    }

    /**
     * Uploads still marked queued or running whose job is gone: not one of this instance's ({@code runningHere}) and
     * with no heartbeat for {@code silence} from any other (V26): their instance stopped or crashed. They end as
     * failed, with nothing of them written (their transactions died with their connections). Asked when an instance
     * starts and every half minute after, by every instance: each lost upload is claimed ({@code for update skip
     * locked}) by whichever instance comes first and ended once; another sweeping at the same moment passes it by
     * instead of waiting, and a row some live transaction holds is not lost.
     */
    void interrupted(Instant at, Set<Long> runningHere, Duration silence) {
        List<String> insurers = new ArrayList<>();
        work(ActingInsurer.ALL_READ_ONLY, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct insurer_code from upload where status in ('QUEUED', 'RUNNING')");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    insurers.add(rs.getString(1));
                }
            }
        });
        for (String insurer : insurers) {
            work(insurer, connection -> {
                try (PreparedStatement ids = connection.prepareStatement("with lost as (select u.id from upload u"
                        + " where u.status in ('QUEUED', 'RUNNING') and not (u.id = any(?)) and not exists"
                        + " (select 1 from upload_progress p where p.upload_id = u.id"
                        + " and p.heartbeat_at > now() - make_interval(secs => ?)) for update of u skip locked)"
                        + " update upload set status = 'FAILED', finished_at = ?, lock_version = lock_version + 1"
                        + " from lost where upload.id = lost.id returning upload.id")) {
                    ids.setArray(1, connection.createArrayOf("bigint", runningHere.toArray()));
                    ids.setDouble(2, silence.toMillis() / 1000.0);
                    ids.setTimestamp(3, Timestamp.from(at));
                    List<UploadProblem> problems = new ArrayList<>();
                    try (ResultSet rs = ids.executeQuery()) {
                        while (rs.next()) {
                            problems.add(UploadProblem.of(rs.getLong(1), null, null, null, UploadRules.INTERRUPTED.at()));
                        }
                    }
                    insertProblems(connection, insurer, problems);
                }
            });
        }
    }

    /** A job's progress and heartbeat (V26). */
    void progress(String insurerCode, long uploadId, UploadProgress.Step step) {
        update(insurerCode, "update upload_progress set rows_done = ?, rows_total = ?, writing = ?, heartbeat_at = now()"
                + " where upload_id = ?", step.done(), step.total(), step.writing(), uploadId);
    }

    void progressEnded(String insurerCode, long uploadId) {
        update(insurerCode, "delete from upload_progress where upload_id = ?", uploadId);
    }

    /** The upload's progress as its job last wrote it, if that job's heartbeat is more recent than {@code silence}. */
    Optional<UploadProgress.Step> progressOf(String tenant, long uploadId, Duration silence) {
        List<UploadProgress.Step> found = new ArrayList<>();
        work(tenant, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select rows_done, rows_total, writing"
                    + " from upload_progress where upload_id = ? and heartbeat_at > now() - make_interval(secs => ?)")) {
                select.setLong(1, uploadId);
                select.setDouble(2, silence.toMillis() / 1000.0);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        found.add(new UploadProgress.Step(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)));
                    }
                }
            }
        });
        return found.stream().findFirst();
    }

    void problems(String insurerCode, List<UploadProblem> problems) {
        work(insurerCode, connection -> insertProblems(connection, insurerCode, problems));
    }

    private static void insertProblems(Connection connection, String insurerCode, List<UploadProblem> problems)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into upload_problem (upload_id,"
                + " insurer_code, row_number, column_name, cell_value, level, message_key, message_args)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (UploadProblem p : problems) {
                insert.setLong(1, p.uploadId);
                insert.setString(2, insurerCode);
                insert.setObject(3, p.rowNumber);
                insert.setString(4, p.columnName);
                insert.setString(5, p.cellValue);
                insert.setString(6, p.level.name());
                insert.setString(7, p.messageKey);
                insert.setString(8, p.messageArgs);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void update(String insurerCode, String sql, Object... params) {
        work(insurerCode, connection -> Statements.update(connection, sql, params));
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void work(String insurerCode, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            RowLevelSecurity.setInsurer(connection, insurerCode);
            try {
                work.run(connection);
            } finally {
                RowLevelSecurity.setInsurer(connection, ActingInsurer.NOBODY);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the upload's outcome", e);
        }
    }
}
