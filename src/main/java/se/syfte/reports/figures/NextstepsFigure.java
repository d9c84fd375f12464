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
public class NextstepsFigure implements TableFigure {

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
        int days = days(context, organisation);
        return context.list() ? list(context, days, context.asOf()) : counts(context, days);
    }

    /**
     * The cut's funnel visits still without a next step, newest first, and how many there are in
     * all: what a start page lists as "book the next step at …".
     */
    public Unbooked unbooked(ReportContext context, int limit) {
        Organisation organisation = organisations.byId(context.scope().orgId());
        int days = days(context, organisation);
        long all = nextSteps.counts(context.scope(), context.window(), days).stream()
                .mapToLong(NextSteps::withoutNextStep)
                .sum();
        return new Unbooked(nextSteps.without(context.scope(), context.window(), days, limit), all, days);
    }

    /** Visits without a next step, at most a page's worth, out of {@code all}, judged over {@code days}. */
    public record Unbooked(List<VisitWithoutNextStep> visits, long all, int days) {

        /** What a page lists; its heading says how many there are in all. */
        public static final int ON_A_PAGE = 10;
    }

    private static int days(ReportContext context, Organisation organisation) {
        return context.settings().nextStepDays() != null
                ? context.settings().nextStepDays()
                : organisation.followThrough().nextStepDays();
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
