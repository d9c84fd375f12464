package se.syfte.analytics.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.WorkingDays;

class WindowAttainmentTests {

    /** Weekdays only: November 2026 has 21 working days, December 23. */
    private final WorkingDays workingDays = new WorkingDays(date -> false);

    private static Attainment quote(String month, long target, long actual) {
        return new Attainment(7L, null, "QUOTE", Period.MONTH, LocalDate.parse(month + "-01"), target, actual);
    }

    @Test
    void theTargetsOfTheWindowsMonthsAreSummedAgainstTheVisitsHeldInThem() {
        List<WindowAttainment> window = WindowAttainment.of(
                List.of(quote("2026-10", 4, 3), quote("2026-11", 6, 6)), workingDays, LocalDate.parse("2026-12-01"));

        assertThat(window).singleElement().satisfies(sum -> {
            assertThat(sum.target()).isEqualTo(10);
            assertThat(sum.actual()).isEqualTo(9);
            assertThat(sum.attainment().value()).hasValue(0.9);
            assertThat(sum.pace().value()).hasValue(0.9);
        });
    }

    @Test
    void paceCountsOnlyTheVisitsDueSoFarOfARunningMonth() {
        // 1–15 December 2026: 11 of its 23 working days have passed (the 16th not yet begun).
        WindowAttainment december = WindowAttainment.of(
                        List.of(quote("2026-12", 23, 11)), workingDays, LocalDate.parse("2026-12-16"))
                .get(0);

        assertThat(december.due()).isEqualTo(11.0);
        assertThat(december.pace().value()).hasValue(1.0);
        assertThat(december.attainment().value()).hasValue(11.0 / 23);
    }

    /** Issue: on the 2nd of a month "this month" showed 0 % everywhere. */
    @Test
    void onTheSecondOfAMonthItIsTooEarlyToJudgeRatherThanNoughtPercent() {
        WindowAttainment early = WindowAttainment.of(
                        List.of(quote("2026-12", 10, 0)), workingDays, LocalDate.parse("2026-12-02"))
                .get(0);

        assertThat(early.tooEarly()).isTrue();
        assertThat(early.attainment().isEmpty()).isTrue();
        assertThat(early.pace().isEmpty()).isTrue();
    }
}
