package ee.tokvs.portal.claim;

import ee.tokvs.portal.audit.StagedSubmissions;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.audit.SubmissionLog;
import ee.tokvs.portal.shared.db.CopyRows;
import ee.tokvs.portal.shared.db.Statements;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set path of {@link ClaimService}: saves already judged by the same {@code judge…} methods as a form's, for a
 * whole file at once. They are gathered with COPY into temporary tables of this transaction, then written with one
 * statement per table, {@code INSERT … SELECT} into the claims, their money rows and the submission events, so
 * that the dashboards' statement triggers refresh their summaries once per file, not once per row.
 * A stored claim is written only if its version is still the one judged: a concurrent save makes the whole write
 * fail as an optimistic-lock conflict, as the entity's version would.
 */
public final class ClaimSetWrite {

    private static final String CLAIM_COLUMNS = "contract_id, received_date, incident_number, incident_date, status,"
            + " incident_type, severity, specialty, additional_competence, handling_finished, finished_date, decided_on";

    private final Connection connection;
    private final Instant now;
    private final CopyRows claims;
    private final CopyRows items;
    private final StagedSubmissions events;
    private int storedClaims;

    ClaimSetWrite(Connection connection, SubmissionLog submissions, Instant now) throws SQLException {
        this.connection = connection;
        this.now = now;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table claim_set_claim (row_no int, claim_id bigint, claim_number text,"
                    + " lock_version int, contract_id bigint, received_date date, incident_number text,"
                    + " incident_date date, status text, incident_type text, severity text, specialty text,"
                    + " additional_competence text, handling_finished boolean, finished_date date, decided_on date)"
                    + " on commit drop");
            statement.execute("create temp table claim_set_item (row_no int, claim_number text, kind text, on_date date,"
                    + " type text, amount numeric(14,2), general_pct numeric(5,2), event_pct numeric(5,2), reverses_id bigint,"
                    + " correction_reason text) on commit drop");
        }
        claims = new CopyRows(connection, "claim_set_claim", "row_no, claim_id, claim_number, lock_version, "
                + CLAIM_COLUMNS);
        items = new CopyRows(connection, "claim_set_item",
                "row_no, claim_number, kind, on_date, type, amount, general_pct, event_pct, reverses_id, correction_reason");
        events = submissions.staged(connection, RecordType.CLAIM);
    }

    /**
     * A save the file makes: its submission event, and for a money row the row. {@code rowNo} orders what is written
     * as the file ordered it.
     */
    public void saved(int rowNo, String claimNumber, ItemForm.Kind kind, ClaimSave save) throws SQLException {
        if (kind != null) {
            ClaimSnapshot.Item item = save.after().lastItem(kind);
            items.add(rowNo).add(claimNumber).add(kind.name()).add(item.date()).add(item.type()).add(item.amount())
                    .add(item.generalReductionPct()).add(item.eventReductionPct()).add(item.reverses())
                    .add(item.correctionReason()).endRow();
        }
        events.add(rowNo, claimNumber, save.submission());
    }

    /** A claim the file changed, as it ends up: created if it was not stored, else its core and version written. */
    public void claim(int rowNo, ClaimState after) throws SQLException {
        ClaimDraft core = after.core();
        if (after.isStored()) {
            storedClaims++;
        }
        claims.add(rowNo).add(after.id()).add(core.claimNumber()).add(after.lockVersion()).add(after.contract().id())
                .add(core.receivedDate()).add(core.incidentNumber()).add(core.incidentDate()).add(core.status())
                .add(core.incidentType()).add(core.severity()).add(core.specialty()).add(core.additionalCompetence())
                .add(core.handlingFinished()).add(core.finishedDate()).add(after.decidedOn()).endRow();
    }

    /** Writes everything gathered: one statement per table. */
    public void write() throws SQLException {
        claims.send();
        items.send();
        try (Statement statement = connection.createStatement()) {
            // Plans for the joins below from the real sizes; JIT compiling them would cost more than it saves.
            statement.execute("analyze claim_set_claim, claim_set_item");
            statement.execute("set local jit = off");
        }
        try {
            Statements.update(connection, "insert into claim (insurer_code, claim_number, lock_version, updated_at, " + CLAIM_COLUMNS + ")"
                    + " select tokvs_insurer(), claim_number, 0, ?, " + CLAIM_COLUMNS + " from claim_set_claim"
                    + " where claim_id is null order by row_no", time());
        } catch (SQLException e) {
            if (Statements.isUniqueViolation(e)) {
                throw new OptimisticLockException("a claim number of the set was taken by someone else meanwhile", e);
            }
            throw e;
        }
        int updated = Statements.update(connection, "update claim c set (" + CLAIM_COLUMNS + ", lock_version, updated_at)"
                + " = (" + columnsOf("w") + ", c.lock_version + 1, ?) from claim_set_claim w"
                + " where w.claim_id = c.id and c.lock_version = w.lock_version", time());
        if (updated != storedClaims) {
            throw new OptimisticLockException("a claim of the set was saved by someone else meanwhile");
        }
        for (ItemForm.Kind kind : ItemForm.Kind.values()) {
            MoneyTable table = MoneyTable.of(kind);
            Statements.update(connection, "insert into " + table.name + " (insurer_code, claim_id, " + table.columns
                    + ", reverses_id, correction_reason) select tokvs_insurer(), c.id, " + table.values
                    + ", i.reverses_id, i.correction_reason"
                    + " from claim_set_item i join claim c on c.claim_number = i.claim_number"
                    + " where i.kind = '" + kind.name() + "' order by i.row_no");
        }
        events.write();
    }

    /**
     * What the write stored of each claim it wrote, by number: its id and version, and its last submission event (for
     * a receipt).
     */
    public Map<String, Written> written() throws SQLException {
        Map<String, Written> written = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select c.claim_number, c.id, c.lock_version, e.id,"
                + " e.action, e.business_date, e.deadline, e.late, e.submitted_at from claim_set_claim w"
                + " join claim c on c.claim_number = w.claim_number"
                + " join lateral (select * from submission_event s where s.record_type = 'CLAIM' and s.record_id = c.id"
                + "               order by s.id desc limit 1) e on true");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                SubmissionEvent event = new SubmissionEvent();
                event.id = rs.getLong(4);
                event.action = rs.getString(5);
                event.businessDate = rs.getObject(6, LocalDate.class);
                event.deadline = rs.getObject(7, LocalDate.class);
                event.late = rs.getBoolean(8);
                event.submittedAt = rs.getObject(9, OffsetDateTime.class).toInstant();
                written.put(rs.getString(1), new Written(rs.getLong(2), rs.getInt(3), event));
            }
        }
        return written;
    }

    /** A claim as written: its id, its version, and the last submission event recorded for it. */
    public record Written(long id, int version, SubmissionEvent event) {
    }

    private static String columnsOf(String alias) {
        return String.join(", ", List.of(CLAIM_COLUMNS.split(", ")).stream().map(c -> alias + "." + c).toList());
    }

    private OffsetDateTime time() {
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }


    /** Where each kind of money row is kept, and which of the staged columns go where. */
    private record MoneyTable(String name, String columns, String values) {
        static MoneyTable of(ItemForm.Kind kind) {
            return switch (kind) {
                case PAYOUT -> new MoneyTable("payout", "paid_on, damage_type, amount, general_reduction_pct,"
                        + " event_reduction_pct", "i.on_date, i.type, i.amount, i.general_pct, i.event_pct");
                case RECOVERY -> new MoneyTable("recovery", "received_on, recovery_type, amount",
                        "i.on_date, i.type, i.amount");
                case RESERVE -> new MoneyTable("reserve", "set_on, damage_type, amount", "i.on_date, i.type, i.amount");
                case OUTSTANDING_RECOVERY -> new MoneyTable("outstanding_recovery", "set_on, recovery_type, amount",
                        "i.on_date, i.type, i.amount");
            };
        }
    }
}
