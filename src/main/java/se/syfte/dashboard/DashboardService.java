package se.syfte.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.analytics.activity.Activity;
import se.syfte.analytics.activity.db.ActivityQuery;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.attainment.WindowAttainment;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.loops.Loop;
import se.syfte.coaching.BottleneckAgainstTeam;
import se.syfte.coaching.CoachFirst;
import se.syfte.coaching.figures.WeakestStep;
import se.syfte.dashboard.db.HeadlineQuery;
import se.syfte.organisation.Organisation;
import se.syfte.purposes.Purpose;
import se.syfte.reports.JourneyFigures;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportContexts;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.figures.AttainmentFigure;
import se.syfte.reports.figures.CadenceFigure;
import se.syfte.reports.figures.ConcentrationFigure;
import se.syfte.reports.figures.EffortFigure;
import se.syfte.reports.figures.FunnelFigure;
import se.syfte.reports.figures.HeldFigure;
import se.syfte.reports.figures.LoopsFigure;
import se.syfte.reports.figures.NextstepsFigure;
import se.syfte.reports.figures.TraditionalFigure;
import se.syfte.reports.figures.WinrateFigure;

/** The dashboard's figures, each worked out once for the page's cut. */
@Service
public class DashboardService {

    /** The customers with the most hours the page lists; every customer is in report effort. */
    public static final int MOST_HOURS_SHOWN = 20;

    /**
     * Above this many salespeople in more than one team, the grids show one row per team: a page
     * of a thousand rows is read by no one, and a team is what a manager drills into.
     */
    public static final int TEAMS_FIRST_ABOVE = 30;

    /** Points of the Pareto curve: enough for a smooth line, however many customers. */
    static final int CURVE_POINTS = 200;

    private final ReportContexts contexts;
    private final JourneyFigures journeys;
    private final ActivityQuery activity;
    private final AttainmentFigure attainment;
    private final FunnelFigure funnel;
    private final LoopsFigure loops;
    private final ConcentrationFigure concentration;
    private final EffortFigure effort;
    private final WinrateFigure winrate;
    private final TraditionalFigure traditional;
    private final HeldFigure held;
    private final NextstepsFigure nextSteps;
    private final CadenceFigure cadence;
    private final HeadlineQuery headlines;

    DashboardService(
            ReportContexts contexts,
            JourneyFigures journeys,
            ActivityQuery activity,
            AttainmentFigure attainment,
            FunnelFigure funnel,
            LoopsFigure loops,
            ConcentrationFigure concentration,
            EffortFigure effort,
            WinrateFigure winrate,
            TraditionalFigure traditional,
            HeldFigure held,
            NextstepsFigure nextSteps,
            CadenceFigure cadence,
            HeadlineQuery headlines) {
        this.contexts = contexts;
        this.journeys = journeys;
        this.activity = activity;
        this.attainment = attainment;
        this.funnel = funnel;
        this.loops = loops;
        this.concentration = concentration;
        this.effort = effort;
        this.winrate = winrate;
        this.traditional = traditional;
        this.held = held;
        this.nextSteps = nextSteps;
        this.cadence = cadence;
        this.headlines = headlines;
    }

    /** Visits and hours per salesperson and purpose in the window, for the visit counts table. */
    public List<Activity> visitCounts(Scope scope, Window window) {
        return activity.run(scope, window, Period.YEAR);
    }

    /**
     * The page's figures from one resolved cut: what the start page asks to act on, whatever the
     * window holds (the cut's overdue tiered customers, and for a salesperson also their funnel
     * visits still without a next step), and, when the window has visits, the team's figures —
     * the journeys walked once for the progress rates and every salesperson's bottleneck, the
     * effort read once for the Pareto rows and the time-sink share — with the headline, also for
     * the window {@code previous} to compare it with.
     */
    @Transactional(readOnly = true)
    public DashboardFigures figures(
            Organisation organisation,
            Scope visible,
            ReportRequest request,
            Window previous,
            boolean withTeamFigures,
            boolean ownNextSteps) {
        ReportContext context = contexts.resolve(organisation, visible, request);
        FollowUps followUps = new FollowUps(
                ownNextSteps ? nextSteps.unbooked(context, NextstepsFigure.Unbooked.ON_A_PAGE) : null,
                cadence.overdue(context, NextstepsFigure.Unbooked.ON_A_PAGE));
        return new DashboardFigures(
                followUps,
                withTeamFigures
                        ? Optional.of(
                                teamFigures(context, contexts.resolve(organisation, visible, request.over(previous))))
                        : Optional.empty());
    }

    private TeamFigures teamFigures(ReportContext context, ReportContext before) {
        Map<Long, ProgressRates> rates = journeys.ratesBySalesperson(context);
        EffortAndYield effortAndYield = effort.effort(context);
        List<Attainment> attained = attainment.attainment(context);
        List<WindowAttainment> attainedOverWindow = attainment.windowRows(context, attained);
        List<Loop> ownLoops = loops.loops(context, false);
        List<Concentration> concentrations = concentration.concentrations(context);
        Map<Long, BottleneckAgainstTeam> bottlenecks = WeakestStep.bottlenecks(context, rates);
        List<CoachFirstLine> coachFirst =
                CoachFirst.rank(bottlenecks, ownLoops, concentrations, attainedOverWindow, context::nameOf).stream()
                        .map(coach -> line(context, coach))
                        .toList();
        boolean teamsFirst = context.scope().salespeople().size() > TEAMS_FIRST_ABOVE
                && context.teamsOfTheCut().size() > 1;
        return new TeamFigures(
                teamsFirst,
                attainment.table(context, attained),
                teamsFirst ? attainment.teamWindowTable(context, attained) : attainment.windowTable(context, attained),
                teamsFirst ? funnel.teamTable(context, rates) : funnel.table(context, rates),
                // Marked in the funnel grid only where it is worth a conversation, as in the coach-first list.
                WeakestStep.byName(
                        context,
                        bottlenecks.entrySet().stream()
                                .filter(entry -> CoachFirst.material(entry.getValue()))
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                loops.pageTable(context, ownLoops),
                concentration.table(context, concentrations),
                effort.mostHours(effortAndYield, MOST_HOURS_SHOWN),
                effort.curve(effortAndYield, CURVE_POINTS),
                effortAndYield.customers().size(),
                effortAndYield.judgedTimeSinkShare(),
                winrate.table(context),
                traditional.table(context),
                teamsFirst ? held.teamTable(context) : held.table(context),
                headline(context, attainedOverWindow, effortAndYield.judgedTimeSinkShare(), ownLoops.size()),
                headline(
                        before,
                        attainment.windowRows(before, attainment.attainment(before)),
                        effort.judgedTimeSinkShare(before),
                        loops.loops(before, false).size()),
                coachFirst);
    }

    private Headline headline(
            ReportContext context, List<WindowAttainment> attainedOverWindow, Ratio timeSinkShare, int loopCount) {
        return Headline.of(
                headlines.run(context.scope(), context.window()),
                attainedOverWindow,
                context.purposes().stream().map(Purpose::code).toList(),
                timeSinkShare,
                loopCount);
    }

    private static CoachFirstLine line(ReportContext context, CoachFirst coach) {
        CoachFirst.Finding top = coach.findings().get(0);
        String from = null;
        String to = null;
        if (top instanceof CoachFirst.AtBottleneck at) {
            from = context.stepLabel(at.bottleneck().own().fromStep());
            to = context.stepLabel(at.bottleneck().own().toStep());
        }
        return new CoachFirstLine(
                coach.salespersonId(),
                context.nameOf(coach.salespersonId()),
                top,
                from,
                to,
                coach.findings().size() - 1);
    }
}
