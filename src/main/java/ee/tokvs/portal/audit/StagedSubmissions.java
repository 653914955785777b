package ee.tokvs.portal.audit;

import ee.tokvs.portal.shared.db.CopyRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The submission events of a set write (a file, a batch): each prepared by the submission log as its judged save
 * comes, gathered with COPY in a temporary table of the transaction, and written with one statement once the records
 * exist, each event joined to its record by number. Who submitted is the same for every event of the set: read once,
 * and written with the statement.
 */
public final class StagedSubmissions {

    private final Connection connection;
    private final SubmissionLog log;
    private final SubmissionLog.Submitter submitter;
    private final SubmissionEvent.RecordType type;
    private final String table;
    private final CopyRows events;

    StagedSubmissions(Connection connection, SubmissionLog log, SubmissionEvent.RecordType type) throws SQLException {
        this.connection = connection;
        this.log = log;
        this.submitter = log.submitter();
        this.type = type;
        this.table = "staged_" + type.name().toLowerCase(java.util.Locale.ROOT) + "_event";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table " + table + " (row_no int, number text, action text,"
                    + " business_date date, deadline date, late boolean, submitted_at timestamptz, changes text)"
                    + " on commit drop");
        }
        events = new CopyRows(connection, table, "row_no, number, action, business_date, deadline, late, submitted_at,"
                + " changes");
    }

    /** The event of one save, for the record of that number; {@code rowNo} keeps the set's order. */
    public void add(int rowNo, String number, SubmissionDraft submission) throws SQLException {
        SubmissionEvent event = log.prepare(submitter, type, number, submission.action(), submission.businessDate(),
                submission.changes());
        events.add(rowNo).add(number).add(event.action).add(event.businessDate).add(event.deadline).add(event.late)
                .add(event.submittedAt).add(event.changesText()).endRow();
    }

    /** Writes the events, once their records are written; the changes become JSON only here, not for a refused set. */
    public void write() throws SQLException {
        events.send();
        String records = type == SubmissionEvent.RecordType.CLAIM ? "claim r on r.claim_number = e.number"
                : "contract r on r.contract_number = e.number";
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + table);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into submission_event (insurer_code,"
                + " record_type, record_id, record_label, action, business_date, deadline, late, submitted_at,"
                + " actor_username, actor_name, actor_org_code, client, channel, changes)"
                + " select tokvs_insurer(), ?, r.id, e.number, e.action, e.business_date, e.deadline, e.late,"
                + " e.submitted_at, ?, ?, ?, ?, ?, e.changes::jsonb from " + table + " e join " + records
                + " order by e.row_no")) {
            insert.setString(1, type.name());
            insert.setString(2, submitter.username());
            insert.setString(3, submitter.name());
            insert.setString(4, submitter.orgCode());
            insert.setString(5, submitter.client());
            insert.setString(6, submitter.channel().name());
            insert.executeUpdate();
        }
    }
}
