package se.syfte.reports.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.cadence.Coverage;
import se.syfte.analytics.cadence.TieredCustomer;
import se.syfte.analytics.cadence.db.TieredCustomerQuery;
import se.syfte.reports.Column;
import se.syfte.reports.Figure;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/**
 * Cadence (SPEC §5) as of one day: each tiered customer of the cut with its latest held visit,
 * when the next one is due and how far overdue, the overdue first; and per owner the tiered
 * customers, those overdue and the coverage, with ALL for every tiered customer of the cut.
 */
@Component
@Order(130)
public class CadenceFigure implements Figure {

    private final TieredCustomerQuery tiered;

    CadenceFigure(TieredCustomerQuery tiered) {
        this.tiered = tiered;
    }

    @Override
    public List<String> columns() {
        return List.of("customer", "tier", "owner", "last_visit", "next_due", "days_overdue", "overdue");
    }

    @Override
    public Report run(ReportContext context) {
        LocalDate day = context.asOf();
        List<TieredCustomer> customers = tiered.asOf(context.scope(), day);
        return new Report(name(), List.of(customers(context, customers, day), owners(context, customers, day)), null);
    }

    /** The cut's overdue tiered customers in the order to act on them, at most {@code limit}. */
    public Overdue overdue(ReportContext context, int limit) {
        LocalDate day = context.asOf();
        List<TieredCustomer> customers = tiered.asOf(context.scope(), day);
        List<TieredCustomer> overdue = customers.stream()
                .filter(c -> c.overdue(day))
                .sorted(inUrgency(day))
                .toList();
        return new Overdue(overdue.stream().limit(limit).toList(), overdue.size(), customers.size(), day);
    }

    /**
     * Overdue customers, at most a page's worth, out of {@code all} overdue among {@code tiered}
     * tiered customers, as of {@code day}.
     */
    public record Overdue(List<TieredCustomer> customers, int all, int tiered, LocalDate day) {}

    private static Comparator<TieredCustomer> inUrgency(LocalDate day) {
        return Comparator.comparingLong((TieredCustomer c) -> urgency(c, day))
                .thenComparing(TieredCustomer::name, ReportContext.names());
    }

    private ReportTable customers(ReportContext context, List<TieredCustomer> customers, LocalDate day) {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("customer"),
                Column.text("tier"),
                Column.text("owner"),
                Column.date("last_visit"),
                Column.date("next_due"),
                Column.integer("days_overdue"),
                Column.bool("overdue"));
        customers.stream()
                .sorted(inUrgency(day))
                .forEach(c -> table.row(
                        c.name(),
                        c.tier(),
                        c.ownerId() == null ? "" : context.nameOf(c.ownerId()),
                        c.lastVisit(),
                        c.nextDue(),
                        c.daysOverdue(day),
                        c.overdue(day)));
        return table.build();
    }

    /**
     * The order a manager acts in: never visited, then the most days overdue, then the customers
     * not yet overdue by the day their next visit is due.
     */
    private static long urgency(TieredCustomer customer, LocalDate day) {
        if (customer.lastVisit() == null) {
            return Long.MIN_VALUE;
        }
        return customer.overdue(day)
                ? -customer.daysOverdue(day) - 1
                : customer.nextDue().toEpochDay();
    }

    private ReportTable owners(ReportContext context, List<TieredCustomer> customers, LocalDate day) {
        ReportTable.Builder table = ReportTable.builder(
                "cadence_owners",
                Column.text("owner"),
                Column.integer("tiered"),
                Column.integer("overdue"),
                Column.rate("coverage"));
        Map<Long, List<TieredCustomer>> byOwner = customers.stream()
                .filter(c -> c.ownerId() != null)
                .collect(Collectors.groupingBy(
                        TieredCustomer::ownerId,
                        () -> new TreeMap<>(context.bySalespersonName()),
                        Collectors.toList()));
        byOwner.forEach((owner, owned) -> row(table, context.nameOf(owner), Coverage.of(owned, day)));
        if (context.teamRow()) {
            row(table, ReportContext.ALL, Coverage.of(customers, day));
        }
        return table.build();
    }

    private static void row(ReportTable.Builder table, String owner, Coverage coverage) {
        table.row(owner, coverage.tiered(), coverage.overdue(), coverage.share());
    }
}
