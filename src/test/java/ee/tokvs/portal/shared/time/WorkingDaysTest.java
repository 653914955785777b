package ee.tokvs.portal.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "data of {0} is due by the end of {1}")
    @CsvSource({
            "2026-11-18, 2026-11-19", // Wednesday → Thursday
            "2026-11-20, 2026-11-23", // Friday → Monday
            "2026-11-21, 2026-11-23", // Saturday → Monday
            "2025-12-23, 2025-12-29", // Christmas Eve, Christmas, Boxing Day, then a weekend
            "2025-12-31, 2026-01-02", // New Year's Day
            "2026-04-02, 2026-04-06", // Good Friday and Easter Sunday; Easter Monday is a working day in Estonia
            "2025-04-17, 2025-04-21", // Easter 2025
            "2026-06-22, 2026-06-25", // Victory Day and Midsummer Day
            "2026-02-23, 2026-02-25", // Independence Day
    })
    void theDeadlineIsTheEndOfTheNextWorkingDay(LocalDate businessDate, LocalDate deadline) {
        assertEquals(deadline, WorkingDays.deadlineFor(businessDate));
    }

    @ParameterizedTest
    @CsvSource({"2025-12-24", "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-05-01", "2026-08-20"})
    void publicHolidaysAreNotWorkingDays(LocalDate day) {
        assertFalse(WorkingDays.isWorkingDay(day));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-06", "2026-11-23"})
    void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
        assertTrue(WorkingDays.isWorkingDay(day));
    }

    @org.junit.jupiter.api.Test
    void aSubmissionIsOnTimeUntilMidnightInTallinn() {
        LocalDate deadline = LocalDate.of(2026, 1, 15);
        assertFalse(WorkingDays.isLate(deadline, ZonedDateTime.of(2026, 1, 15, 23, 59, 59, 0, WorkingDays.TALLINN)));
        assertTrue(WorkingDays.isLate(deadline, ZonedDateTime.of(2026, 1, 16, 0, 0, 0, 0, WorkingDays.TALLINN)));
        // 22:30 UTC in winter is already 00:30 the next day in Tallinn.
        assertTrue(WorkingDays.isLate(deadline, ZonedDateTime.of(2026, 1, 15, 22, 30, 0, 0, ZoneOffset.UTC)));
        assertFalse(WorkingDays.isLate(deadline, ZonedDateTime.of(2026, 1, 15, 21, 30, 0, 0, ZoneOffset.UTC)));
    }
}
