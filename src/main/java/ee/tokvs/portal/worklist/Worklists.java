package ee.tokvs.portal.worklist;

import ee.tokvs.portal.claim.ClaimSearch;
import ee.tokvs.portal.shared.time.WorkingDays;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The acting insurer's {@link Worklist} on a day. Every query reads what row-level security lets the connection see,
 * so the insurer's own rows only: the pages' and the morning mail's (which acts as its recipient) alike.
 */
@ApplicationScoped
public class Worklists {

    /** At most this many rows of each list; the count above it says how many there are. */
    static final int SHOWN = 50;

    @ConfigProperty(name = "tokvs.worklist.coming-days", defaultValue = "7")
    int comingDays;

    @ConfigProperty(name = "tokvs.worklist.reserve-review-days", defaultValue = "180")
    int reviewDays;

    /**
     * The worklist of the acting insurer on the day, as the home page shows it: without the attention lists' counts,
     * which that page shows already (the dashboards' data-quality figure).
     */
    public Worklist of(LocalDate day) {
        return of(day, List.of());
    }

    /** The worklist of the acting insurer on the day with the attention lists' counts: the morning mail's. */
    public Worklist withAttention(LocalDate day) {
        return of(day, attention(day));
    }

    private Worklist of(LocalDate day, List<Worklist.AttentionCount> attention) {
        List<Worklist.Due> overdue = new ArrayList<>();
        List<Worklist.Due> today = new ArrayList<>();
        List<Worklist.Due> coming = new ArrayList<>();
        for (Object[] r : rows("select f.claim_id, c.claim_number, f.follow_up_on, f.note from claim_follow_up f"
                + " join claim c on c.id = f.claim_id where f.follow_up_on <= ?1 order by f.follow_up_on, c.claim_number",
                day.plusDays(comingDays))) {
            Worklist.Due due = new Worklist.Due(((Number) r[0]).longValue(), (String) r[1], date(r[2]), (String) r[3]);
            (due.on().isBefore(day) ? overdue : due.on().isEqual(day) ? today : coming).add(due);
        }
        String insurer = actingInsurer();
        return new Worklist(day, overdue, today, coming, comingDays, reserves(day, insurer), reviewDays, attention,
                late(day, insurer), monday(day));
    }

    /**
     * Open claims whose latest reserve (of any damage type) was set {@link #reviewDays} or more days before the day;
     * only reserves that stand (V27's view) count, so one corrected away is neither an estimate nor its review. The
     * day of each claim's latest is its summary's (V31), so the list is the first rows of that index; the insurer is
     * named as a value for the index to serve ({@link #late}).
     */
    private List<Worklist.ReserveReview> reserves(LocalDate day, String insurer) {
        List<Worklist.ReserveReview> reviews = new ArrayList<>();
        for (Object[] r : rows("select c.id, c.claim_number, d.reserve_set_on from dash_claim d join claim c on c.id = d.id"
                + " where d.insurer_code = ?2 and not d.handling_finished and d.reserve_set_on <= ?1"
                + " order by 3, 2 limit " + SHOWN, day.minusDays(reviewDays), insurer)) {
            LocalDate setOn = date(r[2]);
            reviews.add(new Worklist.ReserveReview(((Number) r[0]).longValue(), (String) r[1], setOn,
                    setOn.plusDays(reviewDays)));
        }
        return reviews;
    }

    /** Every attention list with its count on the day, in {@link ClaimSearch.Attention}'s order, none left out. */
    private List<Worklist.AttentionCount> attention(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ClaimSearch.Attention attention : ClaimSearch.Attention.values()) {
            counts.put(attention.name(), 0L);
        }
        for (Object[] r : rows("select attention, count(*) from claim_attention where due_on <= ?1 group by attention", day)) {
            counts.computeIfPresent((String) r[0], (k, v) -> ((Number) r[1]).longValue());
        }
        return counts.entrySet().stream().map(e -> new Worklist.AttentionCount(e.getKey(), e.getValue())).toList();
    }

    /**
     * The submissions of the day's week (Monday to the day, Tallinn time) that were late, the latest first. The
     * insurer is named as a value, so that V29's index of late submissions by insurer and time serves: the policy's
     * "or all insurers" cannot, and neither can a condition calling a function (PostgreSQL applies such a condition
     * only after the policy, since a function might leak the rows it sees).
     */
    private List<Worklist.LateSubmission> late(LocalDate day, String insurer) {
        Instant from = monday(day).atStartOfDay(WorkingDays.TALLINN).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(WorkingDays.TALLINN).toInstant();
        List<Worklist.LateSubmission> late = new ArrayList<>();
        for (Object[] r : rows("select record_type, record_id, record_label, action, deadline, submitted_at"
                + " from submission_event where insurer_code = ?3 and late and submitted_at >= ?1 and submitted_at < ?2"
                + " order by submitted_at desc, id desc limit " + SHOWN, Timestamp.from(from), Timestamp.from(until),
                insurer)) {
            late.add(new Worklist.LateSubmission((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], date(r[4]), instant(r[5])));
        }
        return late;
    }

    /** The insurer the connection acts for, as row-level security reads it (the pages' and the mail's alike). */
    private static String actingInsurer() {
        return (String) Panache.getEntityManager().createNativeQuery("select tokvs_insurer()").getSingleResult();
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Object... params) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
