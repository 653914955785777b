package ee.tokvs.portal.worklist;

import ee.tokvs.portal.audit.SubmissionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an insurer's handlers have to do on a day, as the portal knows it: the follow-up dates due that day, overdue and
 * coming; open claims whose reserve has not been reviewed for a while; the counts of the attention lists (the claims
 * on each from that day, R__claim_attention.sql; the mail's only, {@link Worklists#withAttention}); and the week's late
 * submissions as feedback.
 *
 * @param comingDays how far ahead "coming" looks
 * @param reviewDays after how many days a reserve is to be reviewed
 */
public record Worklist(LocalDate day, List<Due> overdue, List<Due> dueToday, List<Due> coming, int comingDays,
        List<ReserveReview> reserves, int reviewDays, List<AttentionCount> attention, List<LateSubmission> lateThisWeek,
        LocalDate weekStart) {

    /** A claim's follow-up. */
    public record Due(long claimId, String claimNumber, LocalDate on, String note) {
        public String path() {
            return "/claims/" + claimId;
        }
    }

    /**
     * An open claim whose latest reserve was set on {@code setOn}: on the list from {@code dueOn}, that day plus the
     * review days, in the attention lists' words.
     */
    public record ReserveReview(long claimId, String claimNumber, LocalDate setOn, LocalDate dueOn) {
        public String path() {
            return "/claims/" + claimId;
        }
    }

    /** How many claims are on an attention list (a {@code ClaimSearch.Attention} name) on the day. */
    public record AttentionCount(String attention, long count) {
        /** The list's name in the dashboards' words ({@code dash:dash_attention_…}). */
        public String labelKey() {
            return "dash_attention_" + attention;
        }

        public String path() {
            return "/claims?attention=" + attention;
        }
    }

    /** A submission of this week that came after its deadline. */
    public record LateSubmission(String recordType, long recordId, String recordLabel, String action,
            LocalDate deadline, Instant submittedAt) {
        public String path() {
            return SubmissionEvent.pathOf(SubmissionEvent.RecordType.valueOf(recordType), recordId);
        }

        /** The action's name, as the submission log says it ({@code msg:action_…}). */
        public String actionKey() {
            return "action_" + action;
        }
    }

    /** Whether the attention lists hold any claim. */
    public boolean hasAttention() {
        return attention.stream().anyMatch(a -> a.count() > 0);
    }

    /** Nothing to do and nothing to hear: no mail that morning. */
    public boolean isEmpty() {
        return overdue.isEmpty() && dueToday.isEmpty() && coming.isEmpty() && reserves.isEmpty() && !hasAttention()
                && lateThisWeek.isEmpty();
    }

    /** The last day "coming" looks at. */
    public LocalDate comingUntil() {
        return day.plusDays(comingDays);
    }
}
