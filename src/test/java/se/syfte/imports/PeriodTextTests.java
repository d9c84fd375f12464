package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.syfte.analytics.core.Period;

class PeriodTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11        | MONTH   | 2026-11-01",
                "2026-1         | MONTH   | 2026-01-01",
                "nov 2026       | MONTH   | 2026-11-01",
                "November 2026  | MONTH   | 2026-11-01",
                "okt. 2026      | MONTH   | 2026-10-01",
                "maj 2027       | MONTH   | 2027-05-01",
                "46327          | MONTH   | 2026-11-01",
                "2026-11-01     | MONTH   | 2026-11-01",
                "2026-Q4        | QUARTER | 2026-10-01",
                "Q4 2026        | QUARTER | 2026-10-01",
                "kv1 2027       | QUARTER | 2027-01-01",
                "2026-W48       | WEEK    | 2026-11-23",
                "v48 2026       | WEEK    | 2026-11-23",
                "vecka 48 2026  | WEEK    | 2026-11-23",
                "week 1 2027    | WEEK    | 2027-01-04",
                "2026-W53       | WEEK    | 2026-12-28",
                "2026           | YEAR    | 2026-01-01"
            })
    void readsAPeriodWrittenAsSyfteOrAPersonWritesIt(String text, Period period, LocalDate start) {
        assertThat(PeriodText.parse(text)).contains(new PeriodText(period, start));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"2026-13", "2025-W53", "v54 2026", "2026-Q5", "smarch 2026", "month", "2026-11-15", "", "11"})
    void refusesWhatNamesNoPeriod(String text) {
        assertThat(PeriodText.parse(text)).isEmpty();
    }
}
