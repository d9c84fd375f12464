package se.syfte.coaching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.effort.CustomerEffort;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.loops.Loop;

/**
 * The coaching summary of SPEC §3 for one salesperson: their progress rates beside the team's
 * (the team without them), the bottleneck, their loops and concentrations at or just before the
 * bottleneck's step (all of them when there is no bottleneck), their time-sink share and time
 * sinks, and their attainment per purpose over the window.
 */
public record CoachingSummary(
        String salesperson,
        List<StepRate> ownRates,
        List<StepRate> teamRates,
        Optional<Bottleneck> bottleneck,
        List<Loop> loops,
        List<Concentration> concentrations,
        Ratio timeSinkShare,
        List<CustomerEffort> timeSinks,
        List<PurposeAttainment> attainment) {

    /**
     * @param stepOfPurpose the funnel step of each funnel purpose's code
     */
    public static CoachingSummary of(
            String salesperson,
            FunnelSteps steps,
            Map<String, Integer> stepOfPurpose,
            List<StepRate> ownRates,
            List<StepRate> teamRates,
            List<Loop> loops,
            List<Concentration> concentrations,
            Ratio timeSinkShare,
            List<CustomerEffort> timeSinks,
            List<Attainment> attainment) {
        Optional<Bottleneck> bottleneck = Bottleneck.find(ownRates, teamRates);
        Set<Integer> focus =
                bottleneck.map(found -> focusSteps(steps, found.fromStep())).orElse(Set.copyOf(steps.steps()));
        return new CoachingSummary(
                salesperson,
                ownRates,
                teamRates,
                bottleneck,
                loops.stream()
                        .filter(loop -> focus.contains(stepOfPurpose.get(loop.purposeCode())))
                        .toList(),
                concentrations.stream()
                        .filter(Concentration::isConcentrated)
                        .filter(c -> focus.contains(stepOfPurpose.get(c.purposeCode())))
                        .toList(),
                timeSinkShare,
                timeSinks,
                PurposeAttainment.sum(attainment));
    }

    /** The bottleneck's step and the step just before it. */
    private static Set<Integer> focusSteps(FunnelSteps steps, int step) {
        return steps.steps().stream()
                .filter(candidate -> candidate == step || steps.next(candidate).orElse(-1) == step)
                .collect(Collectors.toSet());
    }
}
