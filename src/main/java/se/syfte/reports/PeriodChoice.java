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
    QUARTER,
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
            case QUARTER -> new Window(Period.QUARTER.start(today), today.plusDays(1));
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
}
