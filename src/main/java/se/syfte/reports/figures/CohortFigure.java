package se.syfte.reports.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.cohort.CohortCell;
import se.syfte.analytics.cohort.CohortDiagram;
import se.syfte.analytics.cohort.DatedAmount;
import se.syfte.analytics.cohort.db.CohortOrderQuery;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;
import se.syfte.reports.Column;
import se.syfte.reports.Figure;
import se.syfte.reports.JourneyFigures;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/** Cohort diagrams (SPEC §3): how far each start month's journeys got, month by month, with order intake. */
@Component
@Order(40)
public class CohortFigure implements Figure {

    private final JourneyFigures journeys;
    private final CohortOrderQuery cohortOrders;

    CohortFigure(JourneyFigures journeys, CohortOrderQuery cohortOrders) {
        this.journeys = journeys;
        this.cohortOrders = cohortOrders;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "cohort_month", "age_month", "journeys", "reached_<STEP>", "won", "order_intake");
    }

    @Override
    public Report run(ReportContext context) {
        return Report.of(name(), table(context, journeys.journeysBySalesperson(context)));
    }

    /** @param bySalesperson the window's journeys of the cut (or more) per salesperson, from one walk */
    public ReportTable table(ReportContext context, Map<Long, List<Journey>> bySalesperson) {
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
        ReportTable.Builder table = ReportTable.builder(name(), columns.toArray(Column[]::new));
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
