package se.syfte.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.attainment.WindowAttainment;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.loops.Loop;

class CoachFirstTests {

    private static final long ANNA = 1;
    private static final long BO = 2;

    /** Step 2 → 3 reached by {@code journeys}, of which {@code on} went on; the team's 50 % and then 80 % to won. */
    private static BottleneckAgainstTeam atStepTwo(long journeys, long on) {
        List<StepRate> team = List.of(new StepRate(2, 3, 10, 5), new StepRate(3, StepRate.WON, 10, 8));
        StepRate own = new StepRate(2, 3, journeys, on);
        return new BottleneckAgainstTeam(Bottleneck.find(List.of(own), team).orElseThrow(), team);
    }

    private static Loop loop(long salesperson, long visits) {
        return new Loop(
                9, "Vasa AB", salesperson, "QUOTE", visits, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), 9);
    }

    private static List<CoachFirst> rank(
            Map<Long, BottleneckAgainstTeam> bottlenecks, List<Loop> loops, List<WindowAttainment> attainment) {
        return CoachFirst.rank(bottlenecks, loops, List.<Concentration>of(), attainment, id -> "S" + id);
    }

    @Test
    void aBottleneckIsMaterialFromFifteenPointsBelowTheTeamWithTwoJourneysMissed() {
        // 8 journeys at 37.5 % against 50 %: 12.5 points, 1 journey missed.
        assertThat(rank(Map.of(ANNA, atStepTwo(8, 3)), List.of(), List.of())).isEmpty();
        // 8 journeys at 0 % against 50 %: 4 journeys missed, of which 80 % would have been won.
        assertThat(rank(Map.of(ANNA, atStepTwo(8, 0)), List.of(), List.of()))
                .singleElement()
                .satisfies(coach -> {
                    assertThat(coach.salespersonId()).isEqualTo(ANNA);
                    assertThat(coach.weight()).isEqualTo(3.2);
                });
    }

    @Test
    void aLoopCountsFromFiveVisitsAndAPurposeBehindPaceFromThreeVisitsDue() {
        List<CoachFirst> ranked = rank(
                Map.of(),
                List.of(loop(ANNA, 4), loop(BO, 5)),
                List.of(
                        new WindowAttainment(ANNA, null, "QUOTE", 10, 0, 2.9),
                        new WindowAttainment(BO, null, "QUOTE", 10, 2, 4.0),
                        new WindowAttainment(BO, null, "RELATION", 10, 3, 4.0)));

        assertThat(ranked).singleElement().satisfies(coach -> {
            assertThat(coach.salespersonId()).isEqualTo(BO);
            assertThat(coach.findings()).hasSize(2).first().isInstanceOf(CoachFirst.InLoop.class);
        });
    }

    @Test
    void theMostAtStakeComesFirstAndEachListsItsWeightiestFindingFirst() {
        List<CoachFirst> ranked =
                rank(Map.of(ANNA, atStepTwo(8, 0), BO, atStepTwo(20, 0)), List.of(loop(ANNA, 6)), List.of());

        assertThat(ranked).extracting(CoachFirst::salespersonId).containsExactly(BO, ANNA);
        assertThat(ranked.get(1).findings().get(0)).isInstanceOf(CoachFirst.AtBottleneck.class);
    }
}
