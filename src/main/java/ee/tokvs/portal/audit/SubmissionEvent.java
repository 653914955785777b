package ee.tokvs.portal.audit;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One submission to the register (§3): who made it, for which insurer, when, what changed field by
 * field, the business date the data came into being or changed, its one-working-day deadline, and
 * whether it was late. Never changed afterwards.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
@Immutable
@Table(name = "submission_event")
public class SubmissionEvent extends PanacheEntityBase {

    public enum RecordType { CONTRACT, CLAIM }

    /** The ways a submission comes: a page's form, a file upload, the API. */
    public enum Channel {
        FORM, UPLOAD, API;

        public String messageKey() {
            return "channel_" + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    public RecordType recordType;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    @Column(name = "record_label", nullable = false)
    public String recordLabel;

    /**
     * What was done, the suffix of an {@code action_} message key: CONTRACT_CONCLUDED, CONTRACT_AMENDMENT or
     * CONTRACT_EXTENSION (the contract's {@code ChangeKind}), CLAIM_CREATED or CLAIM_CHANGED, PAYOUT_ADDED,
     * RECOVERY_ADDED, RESERVE_SET or OUTSTANDING_RECOVERY_SET (the claim's {@code ClaimDraft}, {@code ItemForm.Kind}).
     */
    @Column(nullable = false)
    public String action;

    @Column(name = "actor_username", nullable = false)
    public String actorUsername;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    /** The representative company the person acted through, if any. */
    @Column(name = "actor_org_code")
    public String actorOrgCode;

    @Column(name = "business_date", nullable = false)
    public LocalDate businessDate;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public boolean late;

    /** Which way the submission came. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel = Channel.FORM;

    /** For the API, the client system that sent it; null otherwise. */
    public String client;

    @Column(name = "changes", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String changesJson;

    public List<Change> changes() {
        JsonArray array = JSON.createReader(new StringReader(changesJson)).readArray();
        return array.stream().map(JsonValue::asJsonObject)
                .map(o -> new Change(o.getString("field"), text(o, "before"), text(o, "after")))
                .toList();
    }

    /** The change list as stored (JSON), for a writer that writes events as a set. */
    String changesText() {
        return changesJson;
    }

    void setChanges(List<Change> changes) {
        changesJson = changesJson(changes);
    }

    /**
     * The change list as stored: [{"field":…,"before":…,"after":…}, …]; also for writers that write events as a set.
     * Written by hand: a file's hundred thousand events would spend more time in a JSON builder than in the database.
     */
    public static String changesJson(List<Change> changes) {
        StringBuilder json = new StringBuilder(64 * changes.size() + 2).append('[');
        for (Change change : changes) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"field\":");
            quoted(json, change.field());
            json.append(",\"before\":");
            quoted(json, change.before());
            json.append(",\"after\":");
            quoted(json, change.after());
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** A JSON string (RFC 8259: quote, backslash and control characters escaped), or null. */
    private static void quoted(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key);
    }

    /** The page of the record the event is about. */
    public String recordPath() {
        return pathOf(recordType, recordId);
    }

    /** The page of a contract or claim. */
    public static String pathOf(RecordType type, long recordId) {
        return (type == RecordType.CONTRACT ? "/contracts/" : "/claims/") + recordId;
    }

    public static List<SubmissionEvent> forRecord(RecordType type, long recordId) {
        return list("recordType = ?1 and recordId = ?2 order by submittedAt, id", type, recordId);
    }

    /**
     * The event of the history a page's address names as just saved ({@link SavedThisRequest}), if the reader made it
     * (an address passed on confirms nothing to others); null for none, or for anything that names no event of it.
     */
    public static SubmissionEvent saved(List<SubmissionEvent> history, String savedId, String reader) {
        return savedId == null ? null : history.stream()
                .filter(e -> e.id.toString().equals(savedId.strip()) && e.actorUsername.equals(reader))
                .findFirst().orElse(null);
    }
}
