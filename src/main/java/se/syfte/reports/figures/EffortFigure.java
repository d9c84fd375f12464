package se.syfte.reports.figures;

import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.core.NameOrder;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.effort.CustomerEffort;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.analytics.effort.db.EffortQuery;
import se.syfte.reports.Column;
import se.syfte.reports.Figure;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/** Effort against yield per customer (SPEC §3), in Pareto order with the running shares beside them. */
@Component
@Order(70)
public class EffortFigure implements Figure {

    private final EffortQuery effort;

    EffortFigure(EffortQuery effort) {
        this.effort = effort;
    }

    @Override
    public List<String> columns() {
        return List.of(
                "customer",
                "visits",
                "hours",
                "order_intake",
                "won_value",
                "pipeline_value",
                "time_sink",
                "cumulative_hours_share",
                "cumulative_intake_share");
    }

    public EffortAndYield effort(ReportContext context) {
        return EffortAndYield.of(
                NameOrder.SWEDISH.sorted(effort.run(context.scope(), context.window()), CustomerEffort::customer));
    }

    /**
     * The time-sink share alone, as {@link EffortAndYield#judgedTimeSinkShare()}: it does not
     * depend on the customers' order, so they are not sorted (100,000 of them at the benchmark size).
     */
    public Ratio judgedTimeSinkShare(ReportContext context) {
        return EffortAndYield.of(effort.run(context.scope(), context.window())).judgedTimeSinkShare();
    }

    @Override
    public Report run(ReportContext context) {
        return Report.of(name(), table(effort(context)));
    }

    /** Customers by order intake, largest first. */
    public ReportTable table(EffortAndYield figures) {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("customer"),
                Column.integer("visits"),
                Column.hours("hours"),
                Column.amount("order_intake"),
                Column.amount("won_value"),
                Column.amount("pipeline_value"),
                Column.bool("time_sink"),
                Column.rate("cumulative_hours_share"),
                Column.rate("cumulative_intake_share"));
        for (EffortAndYield.ParetoPoint point : figures.pareto()) {
            CustomerEffort c = point.customer();
            table.row(
                    c.customer(),
                    c.visits(),
                    c.hours(),
                    c.orderIntake(),
                    c.wonValue(),
                    c.pipelineValue(),
                    figures.isTimeSink(c),
                    point.cumulativeHoursShare(),
                    point.cumulativeIntakeShare());
        }
        return table.build();
    }

    /**
     * The Pareto curve in at most {@code points} points after the origin: every customer's point
     * when there are no more, else evenly spaced ones and the last — a chart of one line needs no
     * point per customer.
     */
    public ReportTable curve(EffortAndYield figures, int points) {
        ReportTable.Builder table = ReportTable.builder(
                "effort_curve", Column.rate("cumulative_hours_share"), Column.rate("cumulative_intake_share"));
        List<EffortAndYield.ParetoPoint> pareto = figures.pareto();
        int every = Math.max(1, (int) Math.ceil(pareto.size() / (double) points));
        for (int i = 0; i < pareto.size(); i++) {
            if ((i + 1) % every == 0 || i == pareto.size() - 1) {
                table.row(pareto.get(i).cumulativeHoursShare(), pareto.get(i).cumulativeIntakeShare());
            }
        }
        return table.build();
    }

    /** The {@code limit} customers that took the most hours, most first, time sinks marked. */
    public ReportTable mostHours(EffortAndYield figures, int limit) {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("customer"),
                Column.integer("visits"),
                Column.hours("hours"),
                Column.amount("order_intake"),
                Column.amount("won_value"),
                Column.amount("pipeline_value"),
                Column.bool("time_sink"));
        // The customers come in name order and the sort is stable: ties stay in name order.
        figures.customers().stream()
                .sorted(Comparator.comparingDouble(CustomerEffort::hours).reversed())
                .limit(limit)
                .forEach(c -> table.row(
                        c.customer(),
                        c.visits(),
                        c.hours(),
                        c.orderIntake(),
                        c.wonValue(),
                        c.pipelineValue(),
                        figures.isTimeSink(c)));
        return table.build();
    }
}
