package se.syfte.reports.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.attainment.WindowAttainment;
import se.syfte.analytics.attainment.db.AttainmentQuery;
import se.syfte.analytics.core.NameOrder;
import se.syfte.analytics.core.WorkingDays;
import se.syfte.reports.Column;
import se.syfte.reports.Figure;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/** Visits against the targets of each target's own period, with the pace by working days (SPEC §3). */
@Component
@Order(20)
public class AttainmentFigure implements Figure {

    private final AttainmentQuery attainment;
    private final WorkingDays workingDays;

    AttainmentFigure(AttainmentQuery attainment, WorkingDays workingDays) {
        this.attainment = attainment;
        this.workingDays = workingDays;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "purpose", "period", "target", "actual", "attainment", "pace", "team");
    }

    public List<Attainment> attainment(ReportContext context) {
        return attainment.run(context.scope(), context.window());
    }

    @Override
    public Report run(ReportContext context) {
        return Report.of(name(), table(context, attainment(context)));
    }

    /** @param rows the cut's attainment, salespeople's and teams' */
    public ReportTable table(ReportContext context, List<Attainment> rows) {
        Map<Long, String> teamNames = new HashMap<>();
        context.teams().forEach(team -> teamNames.put(team.id(), team.name()));
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.text("period"),
                Column.integer("target"),
                Column.integer("actual"),
                Column.rate("attainment"),
                Column.rate("pace"),
                Column.text("team"));
        LocalDate asOf = context.window().to();
        // Sorted by purpose and period, then (stable) by name, then salespeople before teams: each
        // name's collation key is looked up once (the whole organisation has 36,000 rows).
        List<Attainment> byPurposeAndPeriod = rows.stream()
                .filter(a -> a.salespersonId() != null || context.teamRow())
                .sorted(Comparator.comparingInt((Attainment a) -> context.purposeRank(a.purposeCode()))
                        .thenComparing(Attainment::periodStart))
                .toList();
        NameOrder.SWEDISH
                .sorted(
                        byPurposeAndPeriod,
                        (Attainment a) -> a.salespersonId() == null
                                ? teamNames.getOrDefault(a.teamId(), "")
                                : context.nameOf(a.salespersonId()))
                .stream()
                .sorted(Comparator.comparing((Attainment a) -> a.salespersonId() == null))
                .forEach(a -> table.row(
                        a.salespersonId() == null ? ReportContext.ALL : context.nameOf(a.salespersonId()),
                        a.purposeCode(),
                        a.period().label(a.periodStart()),
                        a.target(),
                        a.actual(),
                        a.attainment(),
                        a.pace(workingDays, asOf),
                        a.teamId() != null
                                ? teamNames.getOrDefault(a.teamId(), "")
                                : teamNames.getOrDefault(
                                        context.salespeople()
                                                .get(a.salespersonId())
                                                .teamId(),
                                        "")));
        return table.build();
    }

    /** The cut's attainment over the window, the periods summed, as of the window's end. */
    public List<WindowAttainment> windowRows(ReportContext context, List<Attainment> rows) {
        return WindowAttainment.of(rows, workingDays, context.window().to());
    }

    /**
     * The window's attainment per salesperson and purpose, the periods summed, with the team's
     * rows when the cut has them; "too early to judge" rows have neither attainment nor pace.
     */
    public ReportTable windowTable(ReportContext context, List<Attainment> rows) {
        Map<Long, String> teamNames = new HashMap<>();
        context.teams().forEach(team -> teamNames.put(team.id(), team.name()));
        ReportTable.Builder table = windowBuilder();
        windowRows(context, rows).stream()
                .filter(a -> a.salespersonId() != null || context.teamRow())
                .sorted(Comparator.comparing((WindowAttainment a) -> a.salespersonId() == null)
                        .thenComparing(
                                a -> a.salespersonId() == null
                                        ? teamNames.getOrDefault(a.teamId(), "")
                                        : context.nameOf(a.salespersonId()),
                                ReportContext.names())
                        .thenComparingInt(a -> context.purposeRank(a.purposeCode())))
                .forEach(a -> table.row(
                        a.salespersonId() == null ? ReportContext.ALL : context.nameOf(a.salespersonId()),
                        a.purposeCode(),
                        a.target(),
                        a.actual(),
                        a.attainment(),
                        a.pace()));
        return table.build();
    }

    /** The window's attainment per team of the cut and purpose: its salespeople's rows summed. */
    public ReportTable teamWindowTable(ReportContext context, List<Attainment> rows) {
        ReportTable.Builder table = windowBuilder();
        List<WindowAttainment> bySalesperson = windowRows(context, rows);
        context.teamsOfTheCut()
                .forEach((team, members) -> context.purposes().forEach(purpose -> {
                    List<WindowAttainment> own = bySalesperson.stream()
                            .filter(a -> a.salespersonId() != null
                                    && members.contains(a.salespersonId())
                                    && a.purposeCode().equals(purpose.code()))
                            .toList();
                    if (!own.isEmpty()) {
                        WindowAttainment sum = new WindowAttainment(
                                null,
                                team.id(),
                                purpose.code(),
                                own.stream().mapToLong(WindowAttainment::target).sum(),
                                own.stream().mapToLong(WindowAttainment::actual).sum(),
                                own.stream().mapToDouble(WindowAttainment::due).sum());
                        table.row(
                                team.name(), purpose.code(), sum.target(), sum.actual(), sum.attainment(), sum.pace());
                    }
                }));
        return table.build();
    }

    private ReportTable.Builder windowBuilder() {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.integer("target"),
                Column.integer("actual"),
                Column.rate("attainment"),
                Column.rate("pace"));
        return table;
    }
}
