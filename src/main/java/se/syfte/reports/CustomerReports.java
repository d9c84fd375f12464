package se.syfte.reports;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.concentration.db.ConcentrationQuery;
import se.syfte.analytics.effort.CustomerEffort;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.analytics.effort.db.EffortQuery;
import se.syfte.analytics.loops.Loop;
import se.syfte.analytics.loops.db.LoopQuery;

/** The reports about customers: loops, concentration, and effort against yield. */
@Component
class CustomerReports {

    private final LoopQuery loops;
    private final ConcentrationQuery concentrations;
    private final EffortQuery effort;

    CustomerReports(LoopQuery loops, ConcentrationQuery concentrations, EffortQuery effort) {
        this.loops = loops;
        this.concentrations = concentrations;
        this.effort = effort;
    }

    List<Loop> loopsOf(ReportContext context, boolean team) {
        return loops.run(context.scope(), context.window(), context.settings(), team).stream()
                .sorted(Comparator.comparing(Loop::customer, ReportContext.names())
                        .thenComparingInt(l -> context.purposeRank(l.purposeCode()))
                        .thenComparing(
                                l -> l.salespersonId() == null ? "" : context.nameOf(l.salespersonId()),
                                ReportContext.names()))
                .toList();
    }

    ReportTable loops(ReportContext context) {
        ReportTable.Builder table = ReportTable.builder(
                "loops",
                Column.text("customer"),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.integer("visits"),
                Column.date("first_visit"),
                Column.date("last_visit"),
                Column.hours("hours"));
        List<Loop> rows = new java.util.ArrayList<>(loopsOf(context, false));
        if (context.teamRow()) {
            rows.addAll(loopsOf(context, true));
        }
        rows.forEach(loop -> table.row(
                loop.customer(),
                loop.salespersonId() == null ? ReportContext.ALL : context.nameOf(loop.salespersonId()),
                loop.purposeCode(),
                loop.visits(),
                loop.firstVisit(),
                loop.lastVisit(),
                loop.hours()));
        return table.build();
    }

    List<Concentration> concentrationsOf(ReportContext context) {
        return concentrations.run(context.scope(), context.window()).stream()
                .filter(Concentration::isConcentrated)
                .sorted(Comparator.comparing(Concentration::salespersonId, context.bySalespersonName())
                        .thenComparingInt(c -> context.purposeRank(c.purposeCode())))
                .toList();
    }

    ReportTable concentration(ReportContext context) {
        ReportTable.Builder table = ReportTable.builder(
                "concentration",
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.text("customer"),
                Column.integer("visits"),
                Column.rate("share"),
                Column.integer("all_visits"));
        concentrationsOf(context)
                .forEach(c -> table.row(
                        context.nameOf(c.salespersonId()),
                        c.purposeCode(),
                        c.customer(),
                        c.customerVisits(),
                        c.share(),
                        c.allVisits()));
        return table.build();
    }

    EffortAndYield effortOf(ReportContext context) {
        return EffortAndYield.of(effort.run(context.scope(), context.window()).stream()
                .sorted(Comparator.comparing(CustomerEffort::customer, ReportContext.names()))
                .toList());
    }

    /** Customers in Pareto order (by order intake, largest first) with the running shares beside them. */
    ReportTable effort(ReportContext context) {
        return effort(effortOf(context));
    }

    ReportTable effort(EffortAndYield figures) {
        ReportTable.Builder table = ReportTable.builder(
                "effort",
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
}
