package se.syfte.analytics.core;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The half-open range of dates {@code [from, to)} a figure is computed over (SPEC §3). Events
 * dated on or after {@code to} are ignored everywhere.
 */
public record Window(LocalDate from, LocalDate to) {

    public Window {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a window's start " + from + " must come before its end " + to);
        }
    }

    /** The default: the last 12 full calendar months before the month of {@code today}. */
    public static Window lastTwelveFullMonths(LocalDate today) {
        LocalDate to = today.withDayOfMonth(1);
        return new Window(to.minusMonths(12), to);
    }

    /** The window's last day, {@code to − 1}, at which open journeys are judged. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(lastDay());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to);
    }
}
