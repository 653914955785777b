package ee.tokvs.portal.upload;

import ee.tokvs.portal.shared.db.CopyRows;
import ee.tokvs.portal.shared.rules.Finding;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A judged file's row problems, staged in a temporary table (COPY) as the rows are judged in the order of their
 * record numbers, and reported in the file's order once every row is judged: the report reads as the file does,
 * and memory stays flat however many problems there are.
 */
final class StagedProblems {

    private final Connection connection;
    private final CopyRows found;

    StagedProblems(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table upload_found (row_no int, seq int, column_name text, cell_value text,"
                    + " level text, message_key text, message_args text) on commit drop");
        }
        this.found = new CopyRows(connection, "upload_found",
                "row_no, seq, column_name, cell_value, level, message_key, message_args");
    }

    /** Stages a row's problems; whether any of them refuses the file. */
    boolean add(List<UploadProblem> problems, boolean acceptWarnings) throws SQLException {
        boolean refusing = false;
        for (int i = 0; i < problems.size(); i++) {
            UploadProblem p = problems.get(i);
            refusing |= p.isError() || !acceptWarnings;
            found.add(p.rowNumber).add(i).add(p.columnName).add(p.cellValue).add(p.level.name()).add(p.messageKey)
                    .add(p.messageArgs).endRow();
        }
        return refusing;
    }

    /** Adds the staged problems to the report, in the file's order. */
    void report(ProblemSink sink) throws SQLException {
        found.send();
        try (Statement statement = connection.createStatement()) {
            statement.execute("declare upload_problems no scroll cursor for select row_no, column_name, cell_value,"
                    + " level, message_key, message_args from upload_found order by row_no, seq");
            for (boolean more = true; more;) {
                more = false;
                try (ResultSet rs = statement.executeQuery("fetch forward " + StagedRows.FETCH + " from upload_problems")) {
                    while (rs.next()) {
                        more = true;
                        UploadProblem problem = new UploadProblem();
                        problem.uploadId = sink.uploadId();
                        problem.rowNumber = rs.getInt(1);
                        problem.columnName = rs.getString(2);
                        problem.cellValue = rs.getString(3);
                        problem.level = Finding.Level.valueOf(rs.getString(4));
                        problem.messageKey = rs.getString(5);
                        problem.messageArgs = rs.getString(6);
                        sink.add(problem);
                    }
                }
            }
            statement.execute("close upload_problems");
        }
    }
}
