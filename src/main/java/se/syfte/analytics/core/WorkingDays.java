package se.syfte.analytics.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days: Monday to Friday, except holidays (SPEC §3, pace). Counts are kept, since
 * every target of a period asks for the same one.
 */
public final class WorkingDays {

    private final Holidays holidays;
    private final Map<LocalDate, Map<LocalDate, Integer>> counts = new ConcurrentHashMap<>();

    public WorkingDays(Holidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The working days in {@code [from, to)}; none when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        return counts.computeIfAbsent(from, start -> new ConcurrentHashMap<>())
                .computeIfAbsent(to, end -> count(from, end));
    }

    private int count(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
