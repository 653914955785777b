package ee.tokvs.portal.demo;

import ee.tokvs.portal.shared.time.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Today, now, and working days with their deadlines (§3), looked up once per date. */
final class WorkCalendar {

    final LocalDate today;
    final Instant now;
    private final Map<LocalDate, Boolean> workingDays = new HashMap<>();
    private final Map<LocalDate, LocalDate> deadlines = new HashMap<>();

    WorkCalendar(LocalDate today, Instant now) {
        this.today = today;
        this.now = now;
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDays.computeIfAbsent(day, WorkingDays::isWorkingDay);
    }

    LocalDate deadline(LocalDate businessDate) {
        return deadlines.computeIfAbsent(businessDate, WorkingDays::deadlineFor);
    }

    LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Money moves and decisions are made on working days: the nearest one within [from, to], else the day itself. */
    LocalDate workingDayWithin(LocalDate day, LocalDate from, LocalDate to) {
        for (LocalDate d = day; !d.isAfter(to) && d.isBefore(day.plusDays(7)); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        for (LocalDate d = day.minusDays(1); !d.isBefore(from) && d.isAfter(day.minusDays(7)); d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        return day;
    }

    /** Days of the version's period from the law's start to today: how long claims could arise under it. */
    long coveredDays(PlannedContract.Version v) {
        LocalDate from = v.start().isBefore(DemoRegisterGenerator.LAW_IN_FORCE) ? DemoRegisterGenerator.LAW_IN_FORCE : v.start();
        LocalDate to = v.end().isAfter(today) ? today : v.end();
        return Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
