package se.syfte.reports.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.activity.Activity;
import se.syfte.analytics.activity.db.ActivityQuery;
import se.syfte.reports.Column;
import se.syfte.reports.Figure;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/** Visits and hours per salesperson, purpose and period; unclassified visits under an empty purpose. */
@Component
@Order(10)
class ActivityFigure implements Figure {

    private static final String UNCLASSIFIED = "";

    private final ActivityQuery activity;

    ActivityFigure(ActivityQuery activity) {
        this.activity = activity;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "purpose", "period", "visits", "hours");
    }

    @Override
    public Report run(ReportContext context) {
        List<Activity> rows = activity.run(context.scope(), context.window(), context.period());
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.text("period"),
                Column.integer("visits"),
                Column.hours("hours"));
        Comparator<Activity> order = Comparator.comparing(Activity::salespersonId, context.bySalespersonName())
                .thenComparingInt(a -> context.purposeRank(a.purposeCode()))
                .thenComparing(Activity::periodStart);
        rows.stream()
                .sorted(order)
                .forEach(a -> table.row(
                        context.nameOf(a.salespersonId()),
                        code(a.purposeCode()),
                        context.period().label(a.periodStart()),
                        a.visits(),
                        a.hours()));
        if (context.teamRow()) {
            Map<String, Map<LocalDate, double[]>> team = new TreeMap<>();
            for (Activity a : rows) {
                double[] sums = team.computeIfAbsent(code(a.purposeCode()), c -> new TreeMap<>())
                        .computeIfAbsent(a.periodStart(), d -> new double[2]);
                sums[0] += a.visits();
                sums[1] += a.hours();
            }
            context.purposes().forEach(p -> teamRows(table, context, p.code(), team.remove(p.code())));
            team.forEach((code, periods) -> teamRows(table, context, code, periods));
        }
        return Report.of(name(), table.build());
    }

    private static void teamRows(
            ReportTable.Builder table, ReportContext context, String code, Map<LocalDate, double[]> periods) {
        if (periods != null) {
            periods.forEach((start, sums) ->
                    table.row(ReportContext.ALL, code, context.period().label(start), (long) sums[0], sums[1]));
        }
    }

    private static String code(String purposeCode) {
        return purposeCode == null ? UNCLASSIFIED : purposeCode;
    }
}
