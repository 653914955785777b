package ee.tokvs.portal.demo;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.audit.SubmissionEvent;
import ee.tokvs.portal.audit.SubmissionEvent.RecordType;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.shared.db.CopyRows;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The submission events of one insurer (§3): submitted on the business day or by its one-working-day
 * deadline, a realistic few late, none in the future. Deadline and lateness are {@link WorkingDays}', the
 * change lists are written as {@link SubmissionEvent} writes them.
 */
final class SubmissionEvents {

    private static final double LATE_SHARE = 0.07;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private final DemoInsurer insurer;
    private final WorkCalendar calendar;
    private final SplittableRandom random;
    private CopyRows rows = CopyRows.gathering();
    long written;
    long late;

    SubmissionEvents(DemoInsurer insurer, WorkCalendar calendar, SplittableRandom random) {
        this.insurer = insurer;
        this.calendar = calendar;
        this.random = random;
    }

    void add(RecordType recordType, long recordId, String label, String action, LocalDate businessDate,
            List<Change> changes) {
        LocalDate deadline = calendar.deadline(businessDate);
        LocalDate day;
        double u = random.nextDouble();
        if (u < LATE_SHARE) {
            day = deadline.plusDays(random.nextInt(1, 11));
        } else if (u < LATE_SHARE + 0.55 && calendar.isWorkingDay(businessDate)) {
            day = businessDate;
        } else {
            day = deadline;
        }
        Instant submittedAt = day.atTime(8, 0).plusSeconds(random.nextInt(11 * 3600)).atZone(WorkingDays.TALLINN).toInstant();
        if (submittedAt.isAfter(calendar.now)) {
            // not yet submitted in reality; say it went in earlier today, or on the business day
            Instant from = businessDate.atTime(8, 0).atZone(WorkingDays.TALLINN).toInstant();
            if (from.isAfter(calendar.now)) {
                from = businessDate.atStartOfDay(WorkingDays.TALLINN).toInstant();
            }
            long seconds = Math.max(0, calendar.now.getEpochSecond() - from.getEpochSecond());
            submittedAt = from.plusSeconds(random.nextLong(seconds + 1));
        }
        boolean isLate = WorkingDays.isLate(deadline, submittedAt.atZone(WorkingDays.TALLINN));
        rows.row(insurer.code(), recordType, recordId, label, action, insurer.actorUsername(), insurer.actorName(),
                null, businessDate, deadline, TIMESTAMP.format(submittedAt.atOffset(ZoneOffset.UTC)), isLate,
                SubmissionEvent.changesJson(changes));
        written++;
        if (isLate) {
            late++;
        }
    }

    void flush(Staging staging) throws SQLException {
        staging.insert("submission_event", "insurer_code, record_type, record_id, record_label, action,"
                + " actor_username, actor_name, actor_org_code, business_date, deadline, submitted_at, late, changes", rows);
        rows = CopyRows.gathering();
    }
}
