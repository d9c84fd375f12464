package se.syfte.analytics.core;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days: Monday to Friday, except holidays (SPEC §3, pace). */
public record WorkingDays(Holidays holidays) {

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The working days in {@code [from, to)}; none when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
