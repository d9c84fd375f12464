package se.syfte.reports.figures;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.reports.Column;
import se.syfte.reports.Figure;
import se.syfte.reports.JourneyFigures;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/** Progress rates from step to step (SPEC §3) per salesperson, and for the cut as ALL. */
@Component
@Order(30)
public class FunnelFigure implements Figure {

    private final JourneyFigures journeys;

    FunnelFigure(JourneyFigures journeys) {
        this.journeys = journeys;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "from_purpose", "to_purpose", "reached_from", "reached_to", "rate");
    }

    @Override
    public Report run(ReportContext context) {
        return Report.of(name(), table(context, journeys.ratesBySalesperson(context)));
    }

    /** @param bySalesperson the cut's progress counts per salesperson, from one walk of the journeys */
    public ReportTable table(ReportContext context, Map<Long, ProgressRates> bySalesperson) {
        FunnelSteps steps = context.funnelSteps();
        ReportTable.Builder table = builder();
        ProgressRates team = new ProgressRates(steps);
        for (long salesperson : context.salespeopleInOrder()) {
            ProgressRates rates = bySalesperson.getOrDefault(salesperson, new ProgressRates(steps));
            team.addAll(rates);
            addRates(table, context, context.nameOf(salesperson), rates.rates());
        }
        if (context.teamRow()) {
            addRates(table, context, ReportContext.ALL, team.rates());
        }
        return table.build();
    }

    /** The same per team of the cut instead of per salesperson, each team's journeys summed, and the cut's. */
    public ReportTable teamTable(ReportContext context, Map<Long, ProgressRates> bySalesperson) {
        FunnelSteps steps = context.funnelSteps();
        ReportTable.Builder table = builder();
        ProgressRates all = new ProgressRates(steps);
        context.teamsOfTheCut().forEach((team, members) -> {
            ProgressRates rates = new ProgressRates(steps);
            members.stream()
                    .map(bySalesperson::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(rates::addAll);
            all.addAll(rates);
            addRates(table, context, team.name(), rates.rates());
        });
        addRates(table, context, ReportContext.ALL, all.rates());
        return table.build();
    }

    private ReportTable.Builder builder() {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("from_purpose"),
                Column.text("to_purpose"),
                Column.integer("reached_from"),
                Column.integer("reached_to"),
                Column.rate("rate"));
        return table;
    }

    private static void addRates(ReportTable.Builder table, ReportContext context, String who, List<StepRate> rates) {
        for (StepRate rate : rates) {
            table.row(
                    who,
                    context.stepLabel(rate.fromStep()),
                    context.stepLabel(rate.toStep()),
                    rate.reachedFrom(),
                    rate.reachedTo(),
                    rate.rate());
        }
    }
}
