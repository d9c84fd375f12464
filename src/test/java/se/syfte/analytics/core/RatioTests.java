package se.syfte.analytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatioTests {

    @Test
    void hasNoValueWhenNothingReachedTheFromStep() {
        assertThat(Ratio.of(0, 0).value()).isEmpty();
        assertThat(Ratio.of(0, 0).isEmpty()).isTrue();
    }

    @Test
    void isZeroWhenNoneOfSeveralMovedOn() {
        assertThat(Ratio.of(0, 4).value()).hasValue(0.0);
        assertThat(Ratio.of(3, 4).value()).hasValue(0.75);
    }

    @Test
    void medianTakesTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        assertThat(Median.of(List.of(5, 1, 3))).hasValue(3.0);
        assertThat(Median.of(List.of(6, 1, 2, 4))).hasValue(3.0);
        assertThat(Median.of(List.<Integer>of())).isEmpty();
    }
}
