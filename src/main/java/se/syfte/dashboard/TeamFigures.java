package se.syfte.dashboard;

import java.util.List;
import java.util.Map;
import se.syfte.analytics.core.Ratio;
import se.syfte.coaching.figures.WeakestStep;
import se.syfte.reports.ReportTable;

/**
 * The team dashboard's figures for one cut: the reports' tables, each salesperson's weakest step
 * by name, the share of the hours that went to time sinks, the held rate of SPEC §5, and the
 * headline beside that of the period before.
 */
public record TeamFigures(
        boolean teamsFirst,
        ReportTable attainment,
        ReportTable windowAttainment,
        ReportTable funnel,
        Map<String, WeakestStep> weakestSteps,
        ReportTable loops,
        ReportTable concentration,
        ReportTable effort,
        ReportTable effortCurve,
        int customersVisited,
        Ratio timeSinkShare,
        ReportTable winrate,
        ReportTable traditional,
        ReportTable held,
        Headline headline,
        Headline previousHeadline,
        List<CoachFirstLine> coachFirst) {}
