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
        return report(null, null, today);
    }

    /**
     * A report's window as a person gives it, either end left out (SPEC §3): {@code to} defaults to
     * the first of today's month, {@code from} to 12 months before {@code to}.
     *
     * @throws Reversed when the window would not start before it ends
     */
    public static Window report(LocalDate from, LocalDate to, LocalDate today) {
        return completed(from, to, today.withDayOfMonth(1));
    }

    /**
     * A list's window as a person gives it: the same, except that {@code to} defaults to tomorrow, so
     * that what happened today is listed.
     */
    public static Window throughToday(LocalDate from, LocalDate to, LocalDate today) {
        return completed(from, to, today.plusDays(1));
    }

    private static Window completed(LocalDate from, LocalDate to, LocalDate endWhenNone) {
        LocalDate end = to != null ? to : endWhenNone;
        LocalDate start = from != null ? from : end.minusMonths(12);
        if (!start.isBefore(end)) {
            throw new Reversed(start, end);
        }
        return new Window(start, end);
    }

    /** A window whose start, given or defaulted, is not before its end. */
    public static final class Reversed extends IllegalArgumentException {
        private final LocalDate from;
        private final LocalDate to;

        Reversed(LocalDate from, LocalDate to) {
            super("a window's start " + from + " must come before its end " + to);
            this.from = from;
            this.to = to;
        }

        public LocalDate from() {
            return from;
        }

        public LocalDate to() {
            return to;
        }
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
