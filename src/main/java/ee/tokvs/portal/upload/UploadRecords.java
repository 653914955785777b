package ee.tokvs.portal.upload;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.RowLevelSecurity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

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

    void finished(String insurerCode, long uploadId, Upload.Status status, UploadJob.Tally tally, int errors,
            int warnings, Instant at) {
        boolean done = status == Upload.Status.DONE;
        update(insurerCode, "update upload set status = ?, finished_at = ?, rows_total = ?, rows_created = ?,"
                + " rows_changed = ?, rows_unchanged = ?, errors = ?, warnings = ?, lock_version = lock_version + 1"
                + " where id = ?", status.name(), Timestamp.from(at), tally.rows, done ? tally.created : 0,
                done ? tally.changed : 0, done ? tally.unchanged : 0, errors, warnings, uploadId);
    }

    void problems(String insurerCode, List<UploadProblem> problems) {
        work(insurerCode, connection -> {
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
        });
    }

    private void update(String insurerCode, String sql, Object... params) {
        work(insurerCode, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                statement.executeUpdate();
            }
        });
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
