package se.syfte.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishHolidaysTests {

    private final SwedishHolidays holidays = new SwedishHolidays();

    /**
     * Every day off of each year, from the almanac: New Year, Epiphany, Good Friday, Easter Day and
     * Monday, 1 May, Ascension, Pentecost, National Day, Midsummer Eve and Day, All Saints' Day,
     * Christmas Eve, Christmas Day, Boxing Day and New Year's Eve.
     */
    @ParameterizedTest
    @CsvSource({
        "2024, 01-01 01-06 03-29 03-31 04-01 05-01 05-09 05-19 06-06 06-21 06-22 11-02 12-24 12-25 12-26 12-31",
        "2025, 01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-06 06-08 06-20 06-21 11-01 12-24 12-25 12-26 12-31",
        "2026, 01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-06 06-19 06-20 10-31 12-24 12-25 12-26 12-31",
        "2027, 01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-06 06-25 06-26 11-06 12-24 12-25 12-26 12-31",
        "2028, 01-01 01-06 04-14 04-16 04-17 05-01 05-25 06-04 06-06 06-23 06-24 11-04 12-24 12-25 12-26 12-31",
        "2029, 01-01 01-06 03-30 04-01 04-02 05-01 05-10 05-20 06-06 06-22 06-23 11-03 12-24 12-25 12-26 12-31",
        "2030, 01-01 01-06 04-19 04-21 04-22 05-01 05-30 06-06 06-09 06-21 06-22 11-02 12-24 12-25 12-26 12-31"
    })
    void knowsEverySwedishHolidayOfTheYear(int year, String days) {
        List<LocalDate> expected = new ArrayList<>();
        for (String day : days.split(" ")) {
            expected.add(LocalDate.parse(year + "-" + day));
        }
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (holidays.isHoliday(day)) {
                found.add(day);
            }
        }
        assertThat(found).containsExactlyElementsOf(expected);
    }
}
