package se.syfte.coaching;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.syfte.analytics.funnel.StepRate;

/**
 * The bottleneck of SPEC §3: among the steps from which the salesperson has at least 5 journeys,
 * the one whose progress rate falls furthest below the team's (the team without them). There is
 * none when they are at or above the team at every such step.
 */
public record Bottleneck(StepRate own, StepRate team, double shortfall) {

    public static final int MINIMUM_JOURNEYS = 5;

    public static Optional<Bottleneck> find(List<StepRate> own, List<StepRate> team) {
        return own.stream()
                .filter(rate ->
                        rate.reachedFrom() >= MINIMUM_JOURNEYS && !rate.rate().isEmpty())
                .flatMap(rate -> team.stream()
                        .filter(other -> other.fromStep() == rate.fromStep()
                                && !other.rate().isEmpty())
                        .map(other -> new Bottleneck(
                                rate,
                                other,
                                other.rate().value().getAsDouble()
                                        - rate.rate().value().getAsDouble())))
                .filter(bottleneck -> bottleneck.shortfall() > 0)
                .max(Comparator.comparingDouble(Bottleneck::shortfall));
    }

    public int fromStep() {
        return own.fromStep();
    }
}
