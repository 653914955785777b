package ee.tokvs.portal.shared.time;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-working-day deadline of §3: data is due by the end of the next Estonian working day after the
 * day it came into being or changed. Weekends and public holidays (jollyday's EE calendar) are not
 * working days. Days end at midnight in Tallinn.
 */
public final class WorkingDays {

    public static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
    private static final HolidayManager HOLIDAYS = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ESTONIA));

    /** Deadlines already worked out: at most one per calendar day asked about. */
    private static final Map<LocalDate, LocalDate> DEADLINES = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !HOLIDAYS.isHoliday(day);
    }

    /** The last day on which data that came into being on {@code businessDate} is on time. */
    public static LocalDate deadlineFor(LocalDate businessDate) {
        // A file's many rows share few dates; the holiday calendar is asked once per date.
        return DEADLINES.computeIfAbsent(businessDate, WorkingDays::nextWorkingDay);
    }

    private static LocalDate nextWorkingDay(LocalDate businessDate) {
        LocalDate day = businessDate.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Late when submitted after the deadline day has ended in Tallinn. */
    public static boolean isLate(LocalDate deadline, ZonedDateTime submittedAt) {
        LocalDateTime endOfDeadline = deadline.plusDays(1).atStartOfDay();
        return !submittedAt.withZoneSameInstant(TALLINN).toLocalDateTime().isBefore(endOfDeadline);
    }
}
