package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-29",
                "29.11.2026",
                "29/11/2026",
                "2026/11/29",
                "46355",
                "2026-11-29 10:30",
                " 29.11.2026 "
            })
    void readsEveryDateFormTheSpecNames(String text) {
        assertThat(Values.date(text)).contains(LocalDate.of(2026, 11, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "31.04.2026", "next monday", "", "29-11-2026"})
    void refusesWhatIsNotADate(String text) {
        assertThat(Values.date(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 234,5|1234.5",
                "1.234,50|1234.50",
                "1,234.5|1234.5",
                "1234.5|1234.5",
                "90|90",
                "-5|-5",
                "1 234 567,25|1234567.25"
            })
    void readsDecimalCommaOrPointWithThousands(String text, String expected) {
        assertThat(Values.decimal(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ninety", "1,2,3", "--5"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(Values.decimal(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:30", "9:30", "09.30", "09:30:00"})
    void readsTimesOfDay(String text) {
        assertThat(Values.time(text)).contains(LocalTime.of(9, 30));
    }

    @org.junit.jupiter.api.Test
    void aColumnsSlashedDatesTellTheirOrderOnlyWhenOneCannotBeReadTheOtherWay() {
        assertThat(Values.slashOrder(java.util.List.of("05/06/2026", "29/11/2026")))
                .isEqualTo(Values.SlashOrder.DAY_FIRST);
        assertThat(Values.slashOrder(java.util.List.of("05/06/2026", "11/29/2026")))
                .isEqualTo(Values.SlashOrder.MONTH_FIRST);
        assertThat(Values.slashOrder(java.util.List.of("05/06/2026", "01/02/2026")))
                .isEqualTo(Values.SlashOrder.UNDECIDED);
        assertThat(Values.slashOrder(java.util.List.of("29/11/2026", "11/29/2026")))
                .isEqualTo(Values.SlashOrder.MIXED);
        assertThat(Values.slashOrder(java.util.List.of("2026-11-29"))).isEqualTo(Values.SlashOrder.NONE);
        assertThat(Values.date("11/29/2026", true)).contains(LocalDate.of(2026, 11, 29));
    }
}
