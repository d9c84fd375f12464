package se.syfte.analytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.syfte.calendar.SwedishHolidays;

class WorkingDaysTests {

    private final WorkingDays workingDays = new WorkingDays(new SwedishHolidays());

    @Test
    void countsWeekdaysOfAMonthWithoutHolidays() {
        assertThat(workingDays.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .isEqualTo(22);
    }

    @Test
    void leavesOutNewYearAndEpiphany() {
        assertThat(workingDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isEqualTo(20);
    }

    @Test
    void leavesOutGoodFridayAndEasterMonday() {
        assertThat(workingDays.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .isEqualTo(20);
    }

    @Test
    void leavesOutMidsummerEveAndChristmas() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 18))).isTrue();
        assertThat(workingDays.between(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1)))
                .isEqualTo(6);
    }

    @Test
    void countsNothingInAnEmptyRange() {
        assertThat(workingDays.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)))
                .isZero();
        assertThat(workingDays.between(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)))
                .isZero();
    }
}
