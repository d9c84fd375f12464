package se.syfte.analytics.effort;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffortAndYieldTests {

    private static CustomerEffort customer(String name, double hours, int intake, int won) {
        return new CustomerEffort(
                name.hashCode(), name, 1, hours, BigDecimal.valueOf(intake), BigDecimal.valueOf(won), BigDecimal.ZERO);
    }

    @Test
    void aCustomerAtTheMedianWithoutYieldIsATimeSink() {
        EffortAndYield figures = EffortAndYield.of(List.of(
                customer("A", 1, 0, 0), customer("B", 3, 0, 0), customer("C", 5, 100, 0), customer("D", 9, 0, 50)));

        assertThat(figures.medianHours()).hasValue(4.0);
        assertThat(figures.timeSinks()).isEmpty();
        EffortAndYield odd =
                EffortAndYield.of(List.of(customer("A", 1, 0, 0), customer("B", 3, 0, 0), customer("C", 5, 9, 0)));
        assertThat(odd.timeSinks()).extracting(CustomerEffort::customer).containsExactly("B");
        assertThat(odd.timeSinkShare().value()).hasValue(3.0 / 9);
    }

    /** Issue: on the 2nd of a month, "100 % of the hours went to time sinks". */
    @Test
    void whileNoCustomerVisitedHasYieldedTheTimeSinkShareIsTooEarlyToJudge() {
        EffortAndYield early = EffortAndYield.of(List.of(customer("A", 1, 0, 0), customer("B", 3, 0, 0)));
        EffortAndYield later = EffortAndYield.of(List.of(customer("A", 1, 0, 0), customer("B", 3, 10, 0)));

        assertThat(early.timeSinkShare().value()).hasValue(0.75);
        assertThat(early.judgedTimeSinkShare().isEmpty()).isTrue();
        assertThat(later.judgedTimeSinkShare()).isEqualTo(later.timeSinkShare());
    }

    @Test
    void paretoRunsFromTheLargestOrderIntakeAndEndsAtWhole() {
        EffortAndYield figures = EffortAndYield.of(List.of(
                customer("Ö AB", 4, 0, 0),
                customer("A AB", 2, 100, 0),
                customer("B AB", 2, 300, 0),
                customer("Å AB", 2, 0, 0)));

        assertThat(figures.pareto())
                .extracting(
                        p -> p.customer().customer(),
                        EffortAndYield.ParetoPoint::cumulativeHoursShare,
                        EffortAndYield.ParetoPoint::cumulativeIntakeShare)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B AB", 0.2, 0.75),
                        org.assertj.core.groups.Tuple.tuple("A AB", 0.4, 1.0),
                        org.assertj.core.groups.Tuple.tuple("Å AB", 0.6, 1.0),
                        org.assertj.core.groups.Tuple.tuple("Ö AB", 1.0, 1.0));
    }

    /** Code-point order puts Ä (U+00C4) before Å (U+00C5); Swedish puts Å first. */
    @Test
    void customersOfEqualIntakeFollowInSwedishNameOrder() {
        EffortAndYield figures = EffortAndYield.of(
                List.of(customer("Ärlig AB", 1, 0, 0), customer("Zeta AB", 1, 0, 0), customer("Åkes AB", 1, 0, 0)));

        assertThat(figures.pareto())
                .extracting(p -> p.customer().customer())
                .containsExactly("Zeta AB", "Åkes AB", "Ärlig AB");
    }

    @Test
    void noHoursAndNoIntakeGiveZeroShares() {
        assertThat(EffortAndYield.of(List.of(customer("A", 0, 0, 0))).pareto())
                .singleElement()
                .satisfies(p -> assertThat(p.cumulativeHoursShare()).isZero());
        assertThat(EffortAndYield.of(List.of()).timeSinkShare().isEmpty()).isTrue();
    }
}
