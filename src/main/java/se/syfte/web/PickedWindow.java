package se.syfte.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.syfte.analytics.core.Window;
import se.syfte.reports.PeriodChoice;

/**
 * The window a report page shows, from its period picker. A custom period without its days, or with
 * them in the wrong order, shows the last 12 months with {@code invalid} set, so the page can say so
 * instead of failing.
 */
public record PickedWindow(String period, Window window, boolean invalid) {

    public static PickedWindow of(String period, String from, String through, LocalDate today) {
        PeriodChoice chosen = PeriodChoice.of(period).orElse(PeriodChoice.TWELVE_MONTHS);
        try {
            return new PickedWindow(chosen.id(), chosen.window(today, date(from), date(through)), false);
        } catch (IllegalArgumentException wrong) {
            PeriodChoice fallback = PeriodChoice.TWELVE_MONTHS;
            return new PickedWindow(fallback.id(), fallback.window(today, null, null), true);
        }
    }

    /** The window the figures are compared with: the same span one period earlier. */
    public Window previous() {
        return PeriodChoice.of(period).orElseThrow().previous(window);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            throw new IllegalArgumentException("not a date: " + text, wrong);
        }
    }
}
