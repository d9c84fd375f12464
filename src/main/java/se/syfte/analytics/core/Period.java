package se.syfte.analytics.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods, written {@code 2026-W48}, {@code 2026-11}, {@code 2026-Q4} and {@code 2026} (SPEC §4). */
public enum Period {
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    public LocalDate start(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER ->
                date.withMonth(date.getMonthValue() - (date.getMonthValue() - 1) % 3)
                        .withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the next period: a period is {@code [start, next(start))}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    public String label(LocalDate date) {
        return switch (this) {
            case WEEK ->
                String.format(
                        "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
