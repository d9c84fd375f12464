package se.syfte.analytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTests {

    @Test
    void writesPeriodsAsTheSpecSays() {
        LocalDate day = LocalDate.of(2026, 11, 29);

        assertThat(Period.WEEK.label(day)).isEqualTo("2026-W48");
        assertThat(Period.MONTH.label(day)).isEqualTo("2026-11");
        assertThat(Period.QUARTER.label(day)).isEqualTo("2026-Q4");
        assertThat(Period.YEAR.label(day)).isEqualTo("2026");
    }

    @Test
    void isoWeeksCrossTheTurnOfTheYear() {
        assertThat(Period.WEEK.label(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Period.WEEK.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    }

    @Test
    void periodsStartOnMondaysAndFirstDays() {
        LocalDate day = LocalDate.of(2026, 11, 29);

        assertThat(Period.WEEK.start(day)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Period.MONTH.start(day)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(Period.QUARTER.start(day)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.YEAR.start(day)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.QUARTER.next(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
