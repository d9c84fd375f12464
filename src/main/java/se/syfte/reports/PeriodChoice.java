package se.syfte.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;

/**
 * The period picker of the report pages. A running month or quarter ends with today, so attainment's pace
 * tells whether the team is on track; the 12 months are the last full ones, as the reports default.
 */
public enum PeriodChoice {
    MONTH,
    LAST_MONTH,
    QUARTER,
    LAST_QUARTER,
    TWELVE_MONTHS,
    CUSTOM;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PeriodChoice> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * @param from the first day of a custom period
     * @param through its last day, inclusive as a person picks it
     */
    public Window window(LocalDate today, LocalDate from, LocalDate through) {
        return switch (this) {
            case MONTH -> new Window(Period.MONTH.start(today), today.plusDays(1));
            case LAST_MONTH -> new Window(Period.MONTH.start(today).minusMonths(1), Period.MONTH.start(today));
            case QUARTER -> new Window(Period.QUARTER.start(today), today.plusDays(1));
            case LAST_QUARTER -> new Window(Period.QUARTER.start(today).minusMonths(3), Period.QUARTER.start(today));
            case TWELVE_MONTHS -> Window.lastTwelveFullMonths(today);
            case CUSTOM -> {
                if (from == null || through == null) {
                    throw new IllegalArgumentException("a custom period needs its first and last day");
                }
                if (through.isBefore(from)) {
                    throw new IllegalArgumentException("the last day comes before the first");
                }
                yield new Window(from, through.plusDays(1));
            }
        };
    }

    /**
     * The window a period's figures are compared with: the same span one period earlier — a
     * running month or quarter against the same days of the one before (1–3 December against 1–3
     * November), a full month, quarter or 12 months against the ones before, a custom period
     * against as many days just before it.
     */
    public Window previous(Window window) {
        return switch (this) {
            case MONTH, LAST_MONTH -> shiftedMonths(window, 1);
            case QUARTER, LAST_QUARTER -> shiftedMonths(window, 3);
            case TWELVE_MONTHS -> shiftedMonths(window, 12);
            case CUSTOM -> {
                long days = java.time.temporal.ChronoUnit.DAYS.between(window.from(), window.to());
                yield new Window(window.from().minusDays(days), window.from());
            }
        };
    }

    private static Window shiftedMonths(Window window, int months) {
        LocalDate from = window.from().minusMonths(months);
        long days = java.time.temporal.ChronoUnit.DAYS.between(window.from(), window.to());
        LocalDate to = window.from().getDayOfMonth() == 1 && window.to().getDayOfMonth() == 1
                ? window.to().minusMonths(months)
                : from.plusDays(days);
        return new Window(from, to.isAfter(window.from()) ? window.from() : to);
    }
}
