package se.syfte.reports.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.loops.Loop;
import se.syfte.analytics.loops.db.LoopQuery;
import se.syfte.reports.Column;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.TableFigure;

/** Customers where a salesperson, or the team as ALL, repeats a funnel step without moving on (SPEC §3). */
@Component
@Order(50)
public class LoopsFigure implements TableFigure {

    private final LoopQuery loops;

    LoopsFigure(LoopQuery loops) {
        this.loops = loops;
    }

    @Override
    public List<String> columns() {
        return List.of("customer", "salesperson", "purpose", "visits", "first_visit", "last_visit", "hours");
    }

    /** @param team the team's loops (ALL) instead of each salesperson's */
    public List<Loop> loops(ReportContext context, boolean team) {
        return loops.run(context.scope(), context.window(), context.settings(), team).stream()
                .sorted(Comparator.comparing(Loop::customer, ReportContext.names())
                        .thenComparingInt(l -> context.purposeRank(l.purposeCode()))
                        .thenComparing(
                                l -> l.salespersonId() == null ? "" : context.nameOf(l.salespersonId()),
                                ReportContext.names()))
                .toList();
    }

    @Override
    public ReportTable table(ReportContext context) {
        List<Loop> rows = new ArrayList<>(loops(context, false));
        if (context.teamRow()) {
            rows.addAll(loops(context, true));
        }
        return table(context, rows);
    }

    /**
     * The loops as a page lists them: each salesperson's, and of the team's only those at a
     * customer and purpose where no one salesperson loops — the team together going round.
     *
     * @param own the salespeople's loops, already found
     */
    public ReportTable pageTable(ReportContext context, List<Loop> own) {
        List<Loop> rows = new ArrayList<>(own);
        java.util.Set<List<Object>> shown = new java.util.HashSet<>();
        rows.forEach(loop -> shown.add(List.of(loop.customerId(), loop.purposeCode())));
        if (context.teamRow()) {
            loops(context, true).stream()
                    .filter(loop -> !shown.contains(List.of(loop.customerId(), loop.purposeCode())))
                    .forEach(rows::add);
        }
        return table(context, rows);
    }

    private ReportTable table(ReportContext context, List<Loop> rows) {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("customer"),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.integer("visits"),
                Column.date("first_visit"),
                Column.date("last_visit"),
                Column.hours("hours"));
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
}
