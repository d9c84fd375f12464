package se.syfte.coaching.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.coaching.Bottleneck;
import se.syfte.coaching.BottleneckAgainstTeam;
import se.syfte.reports.ReportContext;

/**
 * A salesperson's bottleneck as the funnel report names its steps: {@code fromPurpose} is the
 * report's {@code from_purpose} of the step, {@code shortfall} how far below the rest of the team.
 */
public record WeakestStep(String fromPurpose, double shortfall) {

    /** The bottlenecks by salesperson name, as the funnel grid marks them. */
    public static Map<String, WeakestStep> byName(ReportContext context, Map<Long, BottleneckAgainstTeam> bottlenecks) {
        Map<String, WeakestStep> found = new HashMap<>();
        bottlenecks.forEach((salesperson, against) -> found.put(
                context.nameOf(salesperson),
                new WeakestStep(
                        context.stepLabel(against.bottleneck().fromStep()),
                        against.bottleneck().shortfall())));
        return found;
    }

    /** Each salesperson's bottleneck against the rest of their team within the cut, by id, with the team's rates. */
    public static Map<Long, BottleneckAgainstTeam> bottlenecks(
            ReportContext context, Map<Long, ProgressRates> bySalesperson) {
        FunnelSteps steps = context.funnelSteps();
        Map<Long, BottleneckAgainstTeam> found = new HashMap<>();
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
            List<StepRate> teamRates = others.rates();
            Bottleneck.find(own.rates(), teamRates)
                    .ifPresent(bottleneck -> found.put(salesperson, new BottleneckAgainstTeam(bottleneck, teamRates)));
        }
        return found;
    }
}
