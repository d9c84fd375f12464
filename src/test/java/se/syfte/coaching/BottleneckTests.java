package se.syfte.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.funnel.StepRate;

class BottleneckTests {

    @Test
    void isTheStepWithTheLargestShortfallAgainstTheTeam() {
        List<StepRate> own = List.of(new StepRate(1, 2, 10, 8), new StepRate(2, 3, 8, 1), new StepRate(3, 0, 1, 1));
        List<StepRate> team =
                List.of(new StepRate(1, 2, 50, 30), new StepRate(2, 3, 30, 20), new StepRate(3, 0, 20, 10));

        assertThat(Bottleneck.find(own, team)).hasValueSatisfying(bottleneck -> {
            assertThat(bottleneck.fromStep()).isEqualTo(2);
            assertThat(bottleneck.shortfall())
                    .isCloseTo(20.0 / 30 - 1.0 / 8, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void ignoresStepsWithFewerThanFiveJourneys() {
        List<StepRate> own = List.of(new StepRate(1, 2, 10, 8), new StepRate(2, 3, 4, 0));
        List<StepRate> team = List.of(new StepRate(1, 2, 50, 30), new StepRate(2, 3, 30, 20));

        assertThat(Bottleneck.find(own, team)).isEmpty();
    }

    @Test
    void thereIsNoneForSomeoneAheadOfTheTeamEverywhere() {
        List<StepRate> own = List.of(new StepRate(1, 2, 10, 9), new StepRate(2, 3, 9, 8));
        List<StepRate> team = List.of(new StepRate(1, 2, 50, 30), new StepRate(2, 3, 30, 20));

        assertThat(Bottleneck.find(own, team)).isEmpty();
    }

    @Test
    void aTeamWithoutJourneysAtTheStepGivesNothingToCompareWith() {
        List<StepRate> own = List.of(new StepRate(1, 2, 10, 2));
        List<StepRate> team = List.of(new StepRate(1, 2, 0, 0));

        assertThat(Bottleneck.find(own, team)).isEmpty();
    }
}
