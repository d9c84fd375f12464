package se.syfte.reports.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.nextsteps.NextSteps;
import se.syfte.analytics.nextsteps.VisitWithoutNextStep;
import se.syfte.analytics.nextsteps.db.NextStepQuery;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.reports.Column;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.TableFigure;

/**
 * Next step per salesperson and purpose (SPEC §5): the funnel visits held in the window, those
 * without a booked next visit or win within the organisation's days, and their share; with
 * {@code --list} the visits without one, newest first, with the days since each.
 */
@Component
@Order(120)
class NextstepsFigure implements TableFigure {

    /** More than a page or a terminal can show; the counts say how many there are in all. */
    static final int MAX_LISTED = 10_000;

    private final NextStepQuery nextSteps;
    private final OrganisationService organisations;

    NextstepsFigure(NextStepQuery nextSteps, OrganisationService organisations) {
        this.nextSteps = nextSteps;
        this.organisations = organisations;
    }

    @Override
    public List<String> columns() {
        return List.of("salesperson", "purpose", "funnel_visits", "without_next_step", "share");
    }

    @Override
    public ReportTable table(ReportContext context) {
        Organisation organisation = organisations.byId(context.scope().orgId());
        int days = context.settings().nextStepDays() != null
                ? context.settings().nextStepDays()
                : organisation.followThrough().nextStepDays();
        return context.list() ? list(context, days, organisations.today(organisation)) : counts(context, days);
    }

    private ReportTable counts(ReportContext context, int days) {
        List<NextSteps> rows = nextSteps.counts(context.scope(), context.window(), days);
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.integer("funnel_visits"),
                Column.integer("without_next_step"),
                Column.rate("share"));
        Comparator<NextSteps> byPurpose = Comparator.comparingInt(n -> context.purposeRank(n.purposeCode()));
        rows.stream()
                .sorted(Comparator.comparing(NextSteps::salespersonId, context.bySalespersonName())
                        .thenComparing(byPurpose))
                .forEach(n -> row(table, context.nameOf(n.salespersonId()), n));
        if (context.teamRow()) {
            Map<String, NextSteps> team = new LinkedHashMap<>();
            rows.stream().sorted(byPurpose).forEach(n -> team.merge(n.purposeCode(), n, NextSteps::plus));
            team.values().forEach(n -> row(table, ReportContext.ALL, n));
        }
        return table.build();
    }

    private static void row(ReportTable.Builder table, String who, NextSteps n) {
        table.row(who, n.purposeCode(), n.funnelVisits(), n.withoutNextStep(), n.share());
    }

    private ReportTable list(ReportContext context, int days, LocalDate today) {
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("customer"),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.date("date"),
                Column.integer("days_since"));
        for (VisitWithoutNextStep visit : nextSteps.without(context.scope(), context.window(), days, MAX_LISTED)) {
            table.row(
                    visit.customer(),
                    context.nameOf(visit.salespersonId()),
                    visit.purposeCode(),
                    visit.date(),
                    visit.daysSince(today));
        }
        return table.build();
    }
}
