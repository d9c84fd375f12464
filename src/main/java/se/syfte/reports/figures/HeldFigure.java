package se.syfte.reports.figures;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.held.HeldVisits;
import se.syfte.analytics.held.db.HeldVisitsQuery;
import se.syfte.reports.Column;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.TableFigure;

/**
 * Held rate per salesperson and purpose (SPEC §5): whether the planned visits whose day has come
 * took place, and the visits held without a plan; unclassified visits under an empty purpose.
 */
@Component
@Order(110)
public class HeldFigure implements TableFigure {

    private static final String UNCLASSIFIED = "";

    private final HeldVisitsQuery held;

    HeldFigure(HeldVisitsQuery held) {
        this.held = held;
    }

    @Override
    public List<String> columns() {
        return List.of(
                "salesperson",
                "purpose",
                "planned",
                "held",
                "cancelled",
                "no_show",
                "unconfirmed",
                "held_rate",
                "unplanned_held");
    }

    @Override
    public ReportTable table(ReportContext context) {
        List<HeldVisits> rows = rows(context);
        ReportTable.Builder table = builder();
        Comparator<HeldVisits> byPurpose = Comparator.comparingInt(h -> context.purposeRank(code(h)));
        rows.stream()
                .sorted(Comparator.comparing(HeldVisits::salespersonId, context.bySalespersonName())
                        .thenComparing(byPurpose))
                .forEach(h -> row(table, context.nameOf(h.salespersonId()), h));
        if (context.teamRow()) {
            Map<String, HeldVisits> team = new LinkedHashMap<>();
            rows.stream().sorted(byPurpose).forEach(h -> team.merge(code(h), h, HeldVisits::plus));
            team.values().forEach(h -> row(table, ReportContext.ALL, h));
        }
        return table.build();
    }

    /** The same per team of the cut instead of per salesperson, each team's visits summed, and the cut's. */
    public ReportTable teamTable(ReportContext context) {
        List<HeldVisits> rows = rows(context);
        ReportTable.Builder table = builder();
        Comparator<HeldVisits> byPurpose = Comparator.comparingInt(h -> context.purposeRank(code(h)));
        context.teamsOfTheCut().forEach((team, members) -> {
            Map<String, HeldVisits> sums = new LinkedHashMap<>();
            rows.stream()
                    .filter(h -> members.contains(h.salespersonId()))
                    .sorted(byPurpose)
                    .forEach(h -> sums.merge(code(h), h, HeldVisits::plus));
            sums.values().forEach(h -> row(table, team.name(), h));
        });
        Map<String, HeldVisits> all = new LinkedHashMap<>();
        rows.stream().sorted(byPurpose).forEach(h -> all.merge(code(h), h, HeldVisits::plus));
        all.values().forEach(h -> row(table, ReportContext.ALL, h));
        return table.build();
    }

    private List<HeldVisits> rows(ReportContext context) {
        return held.run(context.scope(), context.window(), context.asOf());
    }

    private ReportTable.Builder builder() {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.integer("planned"),
                Column.integer("held"),
                Column.integer("cancelled"),
                Column.integer("no_show"),
                Column.integer("unconfirmed"),
                Column.rate("held_rate"),
                Column.integer("unplanned_held"));
        return table;
    }

    private static void row(ReportTable.Builder table, String who, HeldVisits h) {
        table.row(
                who,
                code(h),
                h.planned(),
                h.held(),
                h.cancelled(),
                h.noShow(),
                h.unconfirmed(),
                h.rate(),
                h.unplannedHeld());
    }

    private static String code(HeldVisits h) {
        return h.purposeCode() == null ? UNCLASSIFIED : h.purposeCode();
    }
}
