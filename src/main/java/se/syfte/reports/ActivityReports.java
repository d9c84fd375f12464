package se.syfte.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.syfte.analytics.activity.Activity;
import se.syfte.analytics.activity.db.ActivityQuery;
import se.syfte.analytics.traditional.TraditionalSplit;
import se.syfte.analytics.traditional.db.TraditionalQuery;

/** The counting reports: visits and hours by purpose (activity), and new versus existing customers. */
@Component
class ActivityReports {

    private static final String UNCLASSIFIED = "";

    private final ActivityQuery activity;
    private final TraditionalQuery traditional;

    ActivityReports(ActivityQuery activity, TraditionalQuery traditional) {
        this.activity = activity;
        this.traditional = traditional;
    }

    ReportTable activity(ReportContext context) {
        List<Activity> rows = activity.run(context.scope(), context.window(), context.period());
        ReportTable.Builder table = ReportTable.builder(
                "activity",
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
        return table.build();
    }

    private static void teamRows(
            ReportTable.Builder table, ReportContext context, String code, Map<LocalDate, double[]> periods) {
        if (periods != null) {
            periods.forEach((start, sums) ->
                    table.row(ReportContext.ALL, code, context.period().label(start), (long) sums[0], sums[1]));
        }
    }

    ReportTable traditional(ReportContext context) {
        List<TraditionalSplit> rows = traditional.run(context.scope(), context.window(), context.period());
        ReportTable.Builder table = ReportTable.builder(
                "traditional",
                Column.text("salesperson"),
                Column.text("period"),
                Column.integer("new_customer_visits"),
                Column.integer("existing_customer_visits"));
        rows.stream()
                .sorted(Comparator.comparing(TraditionalSplit::salespersonId, context.bySalespersonName())
                        .thenComparing(TraditionalSplit::periodStart))
                .forEach(s -> table.row(
                        context.nameOf(s.salespersonId()),
                        context.period().label(s.periodStart()),
                        s.newCustomerVisits(),
                        s.existingCustomerVisits()));
        if (context.teamRow()) {
            Map<LocalDate, long[]> team = new TreeMap<>();
            for (TraditionalSplit s : rows) {
                long[] sums = team.computeIfAbsent(s.periodStart(), d -> new long[2]);
                sums[0] += s.newCustomerVisits();
                sums[1] += s.existingCustomerVisits();
            }
            team.forEach((start, sums) ->
                    table.row(ReportContext.ALL, context.period().label(start), sums[0], sums[1]));
        }
        return table.build();
    }

    private static String code(String purposeCode) {
        return purposeCode == null ? UNCLASSIFIED : purposeCode;
    }
}
