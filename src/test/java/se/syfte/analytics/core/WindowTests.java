package se.syfte.analytics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class WindowTests {

    @Test
    void defaultWindowIsTheLastTwelveFullMonths() {
        Window window = Window.lastTwelveFullMonths(LocalDate.of(2026, 11, 30));

        assertThat(window.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(window.lastMonth()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void onTheFirstOfAMonthThatMonthIsNotYetFull() {
        Window window = Window.lastTwelveFullMonths(LocalDate.of(2026, 1, 1));

        assertThat(window.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aReportWindowWithOnlyItsStartGivenEndsAtTheFirstOfTodaysMonth() {
        LocalDate today = LocalDate.of(2026, 12, 2);

        assertThat(Window.report(LocalDate.of(2026, 3, 1), null, today))
                .isEqualTo(new Window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1)));
        assertThat(Window.report(null, LocalDate.of(2026, 7, 1), today))
                .isEqualTo(new Window(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aListsWindowIncludesToday() {
        assertThat(Window.throughToday(null, null, LocalDate.of(2026, 12, 2)))
                .isEqualTo(new Window(LocalDate.of(2025, 12, 3), LocalDate.of(2026, 12, 3)));
    }

    @Test
    void aStartGivenAfterTheDefaultEndIsReversedAndSaysBothDays() {
        assertThatThrownBy(() -> Window.report(LocalDate.of(2026, 12, 1), null, LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(Window.Reversed.class, reversed -> {
                    assertThat(reversed.from()).isEqualTo(LocalDate.of(2026, 12, 1));
                    assertThat(reversed.to()).isEqualTo(LocalDate.of(2026, 12, 1));
                });
    }

    @Test
    void containsItsStartButNotItsEnd() {
        Window window = new Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));

        assertThat(window.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(window.contains(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void refusesAnEmptyOrBackwardWindow() {
        assertThatThrownBy(() -> new Window(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
