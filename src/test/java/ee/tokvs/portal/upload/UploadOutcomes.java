package ee.tokvs.portal.upload;

import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** What became of an upload, as its rows in the database say, once its job has finished. */
public final class UploadOutcomes {

    /** The upload's status and counts, and its problems as "row:column:message key". */
    public record Outcome(String status, int total, int created, int changed, int unchanged, int errors, int warnings,
            List<String> problems) {
    }

    private final RegisterFixtures fixtures;
    private final String insurerCode;

    public UploadOutcomes(RegisterFixtures fixtures, String insurerCode) {
        this.fixtures = fixtures;
        this.insurerCode = insurerCode;
    }

    public Outcome onceFinished(long id) {
        Waiting.until("upload " + id + " to finish", () -> finished(of(id).status()));
        return of(id);
    }

    static boolean finished(String status) {
        return !status.equals("QUEUED") && !status.equals("RUNNING");
    }

    /** Status first: a job writes its problems before its final status, so a final status finds them all. */
    Outcome of(long id) {
        return fixtures.asInsurer(insurerCode, connection -> {
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
            return new Outcome((String) upload[0], (Integer) upload[1], (Integer) upload[2], (Integer) upload[3],
                    (Integer) upload[4], (Integer) upload[5], (Integer) upload[6], problems);
        });
    }
}
