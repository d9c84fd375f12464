package se.syfte.coaching.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.coaching.Bottleneck;
import se.syfte.reports.ReportContext;

/**
 * A salesperson's bottleneck as the funnel report names its steps: {@code fromPurpose} is the
 * report's {@code from_purpose} of the step, {@code shortfall} how far below the rest of the team.
 */
public record WeakestStep(String fromPurpose, double shortfall) {

    /**
     * Each salesperson's bottleneck against the rest of their team within the cut, by name.
     *
     * @param bySalesperson the cut's progress counts per salesperson, from one walk of the journeys
     */
    public static Map<String, WeakestStep> bySalesperson(
            ReportContext context, Map<Long, ProgressRates> bySalesperson) {
        FunnelSteps steps = context.funnelSteps();
        Map<String, WeakestStep> found = new HashMap<>();
        for (long salesperson : context.scope().salespeople()) {
            long team = context.salespeople().get(salesperson).teamId();
            ProgressRates others = new ProgressRates(steps);
            context.scope().salespeople().stream()
                    .filter(other -> other != salesperson
                            && context.salespeople().get(other).teamId() == team)
                    .map(bySalesperson::get)
                    .filter(Objects::nonNull)
                    .forEach(others::addAll);
            ProgressRates own = bySalesperson.getOrDefault(salesperson, new ProgressRates(steps));
            Bottleneck.find(own.rates(), others.rates())
                    .ifPresent(bottleneck -> found.put(
                            context.nameOf(salesperson),
                            new WeakestStep(context.stepLabel(bottleneck.fromStep()), bottleneck.shortfall())));
        }
        return found;
    }
}
