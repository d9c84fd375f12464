package se.syfte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.core.Window;

class PeriodChoiceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Window window(String from, String to) {
        return new Window(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void lastMonthAndLastQuarterAreTheWholeOnesBeforeToday() {
        assertThat(PeriodChoice.LAST_MONTH.window(TODAY, null, null)).isEqualTo(window("2026-11-01", "2026-12-01"));
        assertThat(PeriodChoice.LAST_QUARTER.window(TODAY, null, null)).isEqualTo(window("2026-07-01", "2026-10-01"));
    }

    @Test
    void aRunningMonthOrQuarterIsComparedWithTheSameDaysOfTheOneBefore() {
        Window month = PeriodChoice.MONTH.window(TODAY, null, null);
        Window quarter = PeriodChoice.QUARTER.window(TODAY, null, null);

        assertThat(PeriodChoice.MONTH.previous(month)).isEqualTo(window("2026-11-01", "2026-11-04"));
        assertThat(PeriodChoice.QUARTER.previous(quarter)).isEqualTo(window("2026-07-01", "2026-09-03"));
    }

    @Test
    void wholePeriodsAreComparedWithTheWholeOnesBeforeAndACustomOneWithAsManyDaysJustBefore() {
        assertThat(PeriodChoice.LAST_MONTH.previous(window("2026-03-01", "2026-04-01")))
                .isEqualTo(window("2026-02-01", "2026-03-01"));
        assertThat(PeriodChoice.LAST_QUARTER.previous(window("2026-07-01", "2026-10-01")))
                .isEqualTo(window("2026-04-01", "2026-07-01"));
        assertThat(PeriodChoice.TWELVE_MONTHS.previous(Window.lastTwelveFullMonths(TODAY)))
                .isEqualTo(window("2024-12-01", "2025-12-01"));
        assertThat(PeriodChoice.CUSTOM.previous(window("2026-11-10", "2026-11-20")))
                .isEqualTo(window("2026-10-31", "2026-11-10"));
    }

    @Test
    void theMonthOnItsLastDayIsComparedWithTheWholeMonthBefore() {
        Window december = PeriodChoice.MONTH.window(LocalDate.of(2026, 12, 31), null, null);

        assertThat(PeriodChoice.MONTH.previous(december)).isEqualTo(window("2026-11-01", "2026-12-01"));
    }
}
