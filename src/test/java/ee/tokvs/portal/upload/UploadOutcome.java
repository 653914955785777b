package ee.tokvs.portal.upload;

import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** What became of an upload, as its row in the database says: its status, its counts and its problems by row. */
public record UploadOutcome(String status, int total, int created, int changed, int unchanged, int errors, int warnings,
        List<String> problems) {

    /** Once its job has finished: waits on the upload's own status, never on a clock. */
    public static UploadOutcome onceFinished(RegisterFixtures fixtures, String insurer, long id) {
        Waiting.until("upload " + id + " to finish", () -> {
            String status = of(fixtures, insurer, id).status();
            return !status.equals("QUEUED") && !status.equals("RUNNING");
        });
        return of(fixtures, insurer, id);
    }

    /** Status first: a job writes its problems before its final status, so a final status finds them all. */
    public static UploadOutcome of(RegisterFixtures fixtures, String insurer, long id) {
        return fixtures.asInsurer(insurer, connection -> {
            Object[] upload = new Object[7];
            try (PreparedStatement s = connection.prepareStatement("select status, rows_total, rows_created, rows_changed,"
                    + " rows_unchanged, errors, warnings from upload where id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    for (int i = 0; i < upload.length; i++) {
                        upload[i] = rs.getObject(i + 1);
                    }
                }
            }
            List<String> problems = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("select coalesce(row_number::text, '-') || ':'"
                    + " || coalesce(column_name, '-') || ':' || message_key from upload_problem where upload_id = ? order by id")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            return new UploadOutcome((String) upload[0], (Integer) upload[1], (Integer) upload[2], (Integer) upload[3],
                    (Integer) upload[4], (Integer) upload[5], (Integer) upload[6], problems);
        });
    }
}
