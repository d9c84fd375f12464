package se.syfte.coaching;

import java.util.Comparator;
import java.util.List;
import se.syfte.analytics.funnel.StepRate;

/**
 * A salesperson's bottleneck with the rest of the team's progress rates at every step, to tell
 * what it costs: the journeys that would have gone on at the team's rate, and of those the ones
 * that would have been won had they then gone on as the team's do.
 */
public record BottleneckAgainstTeam(Bottleneck bottleneck, List<StepRate> team) {

    public BottleneckAgainstTeam {
        team = List.copyOf(team);
    }

    public double missedJourneys() {
        return bottleneck.own().reachedFrom() * bottleneck.shortfall();
    }

    public double winsAtStake() {
        double onwards = 1;
        StepRate own = bottleneck.own();
        if (!own.toWon()) {
            for (StepRate step : team.stream()
                    .filter(rate -> rate.fromStep() >= own.toStep())
                    .sorted(Comparator.comparingInt(StepRate::fromStep))
                    .toList()) {
                onwards *= step.rate().value().orElse(0);
                if (step.toWon()) {
                    break;
                }
            }
        }
        return missedJourneys() * onwards;
    }
}
