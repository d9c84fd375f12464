package se.syfte.reports.figures;

import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.concentration.db.ConcentrationQuery;
import se.syfte.reports.Column;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.TableFigure;

/** A salesperson's funnel visits of one purpose that go to the same customer all the time (SPEC §3). */
@Component
@Order(60)
public class ConcentrationFigure implements TableFigure {

    private final ConcentrationQuery concentrations;

    ConcentrationFigure(ConcentrationQuery concentrations) {
        this.concentrations = concentrations;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "purpose", "customer", "visits", "share", "all_visits");
    }

    public List<Concentration> concentrations(ReportContext context) {
        return concentrations.run(context.scope(), context.window()).stream()
                .filter(Concentration::isConcentrated)
                .sorted(Comparator.comparing(Concentration::salespersonId, context.bySalespersonName())
                        .thenComparingInt(c -> context.purposeRank(c.purposeCode())))
                .toList();
    }

    @Override
    public ReportTable table(ReportContext context) {
        return table(context, concentrations(context));
    }

    /** The table of concentrations already found, for a page that also uses them otherwise. */
    public ReportTable table(ReportContext context, List<Concentration> found) {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.text("customer"),
                Column.integer("visits"),
                Column.rate("share"),
                Column.integer("all_visits"));
        found.forEach(c -> table.row(
                context.nameOf(c.salespersonId()),
                c.purposeCode(),
                c.customer(),
                c.customerVisits(),
                c.share(),
                c.allVisits()));
        return table.build();
    }
}
