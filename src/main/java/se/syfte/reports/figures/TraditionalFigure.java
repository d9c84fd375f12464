package se.syfte.reports.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.traditional.TraditionalSplit;
import se.syfte.analytics.traditional.db.TraditionalQuery;
import se.syfte.reports.Column;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.TableFigure;

/** The traditional count beside the purpose view: visits to new and to existing customers per period. */
@Component
@Order(90)
public class TraditionalFigure implements TableFigure {

    private final TraditionalQuery traditional;

    TraditionalFigure(TraditionalQuery traditional) {
        this.traditional = traditional;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "period", "new_customer_visits", "existing_customer_visits");
    }

    @Override
    public ReportTable table(ReportContext context) {
        List<TraditionalSplit> rows = traditional.run(context.scope(), context.window(), context.period());
        ReportTable.Builder table = ReportTable.builder(
                name(),
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
}
