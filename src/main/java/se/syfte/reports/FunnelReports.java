package se.syfte.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.syfte.analytics.cohort.CohortCell;
import se.syfte.analytics.cohort.CohortDiagram;
import se.syfte.analytics.cohort.DatedAmount;
import se.syfte.analytics.cohort.db.CohortOrderQuery;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.funnel.StepRate;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;
import se.syfte.coaching.Bottleneck;

/** The journey-based reports: progress rates (funnel) and cohort diagrams. */
@Component
class FunnelReports {

    private final JourneyFigures journeys;
    private final CohortOrderQuery cohortOrders;

    FunnelReports(JourneyFigures journeys, CohortOrderQuery cohortOrders) {
        this.journeys = journeys;
        this.cohortOrders = cohortOrders;
    }

    ReportTable funnel(ReportContext context) {
        return funnel(context, journeys.ratesBySalesperson(context));
    }

    /** @param bySalesperson the cut's progress counts per salesperson, from one walk of the journeys */
    ReportTable funnel(ReportContext context, Map<Long, ProgressRates> bySalesperson) {
        FunnelSteps steps = context.funnelSteps();
        ReportTable.Builder table = ReportTable.builder(
                "funnel",
                Column.text("salesperson"),
                Column.text("from_purpose"),
                Column.text("to_purpose"),
                Column.integer("reached_from"),
                Column.integer("reached_to"),
                Column.rate("rate"));
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

    /** One customer's journeys in the cut, by salesperson and start: how far each got and how it ended. */
    ReportTable customerJourneys(ReportContext context, long customerId) {
        ReportTable.Builder table = ReportTable.builder(
                "journeys",
                Column.text("salesperson"),
                Column.date("start"),
                Column.date("last_visit"),
                Column.text("furthest_purpose"),
                Column.text("outcome"),
                Column.date("won_on"));
        journeys.journeysBySalesperson(context).values().stream()
                .flatMap(List::stream)
                .filter(journey -> journey.customerId() == customerId)
                .sorted(java.util.Comparator.comparing(Journey::start)
                        .thenComparing(journey -> context.nameOf(journey.salespersonId()), ReportContext.names()))
                .forEach(journey -> table.row(
                        context.nameOf(journey.salespersonId()),
                        journey.start(),
                        journey.last(),
                        context.stepLabel(journey.maxStep()),
                        journey.outcome().name(),
                        journey.wonOn().orElse(null)));
        return table.build();
    }

    /** Each salesperson's bottleneck against the rest of their team within the cut, by name. */
    Map<String, WeakestStep> bottlenecks(ReportContext context, Map<Long, ProgressRates> bySalesperson) {
        FunnelSteps steps = context.funnelSteps();
        Map<String, WeakestStep> found = new HashMap<>();
        for (long salesperson : context.scope().salespeople()) {
            long team = context.salespeople().get(salesperson).teamId();
            ProgressRates others = new ProgressRates(steps);
            context.scope().salespeople().stream()
                    .filter(other -> other != salesperson
                            && context.salespeople().get(other).teamId() == team)
                    .map(bySalesperson::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(others::addAll);
            ProgressRates own = bySalesperson.getOrDefault(salesperson, new ProgressRates(steps));
            Bottleneck.find(own.rates(), others.rates())
                    .ifPresent(bottleneck -> found.put(
                            context.nameOf(salesperson),
                            new WeakestStep(context.stepLabel(bottleneck.fromStep()), bottleneck.shortfall())));
        }
        return found;
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

    ReportTable cohort(ReportContext context) {
        Map<Long, List<Journey>> bySalesperson = journeys.journeysBySalesperson(context);
        Map<Long, List<DatedAmount>> orders = cohortOrders.run(context.scope(), context.window());
        FunnelSteps steps = context.funnelSteps();
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("salesperson"),
                Column.text("cohort_month"),
                Column.integer("age_month"),
                Column.integer("journeys")));
        steps.steps().forEach(step -> columns.add(Column.rate("reached_" + steps.label(step))));
        columns.add(Column.rate("won"));
        columns.add(Column.amount("order_intake"));
        ReportTable.Builder table = ReportTable.builder("cohort", columns.toArray(Column[]::new));
        List<Journey> team = new ArrayList<>();
        for (long salesperson : context.salespeopleInOrder()) {
            List<Journey> own = bySalesperson.getOrDefault(salesperson, List.of());
            team.addAll(own);
            addCells(table, context.nameOf(salesperson), CohortDiagram.of(steps, context.window(), own, orders));
        }
        if (context.teamRow()) {
            addCells(table, ReportContext.ALL, CohortDiagram.of(steps, context.window(), team, orders));
        }
        return table.build();
    }

    private static void addCells(ReportTable.Builder table, String who, List<CohortCell> cells) {
        for (CohortCell cell : cells) {
            List<Object> row =
                    new ArrayList<>(List.of(who, cell.cohortMonth().toString(), cell.ageMonths(), cell.journeys()));
            row.addAll(cell.reachedShares());
            row.add(cell.wonShare());
            row.add(cell.orderIntake());
            table.row(row.toArray());
        }
    }
}
