package se.syfte.coaching.figures;

import se.syfte.organisation.Salesperson;
import se.syfte.reports.ReportTable;
import se.syfte.reports.figures.NextstepsFigure;

/**
 * What the coaching page shows of one salesperson, all from one resolved cut and one walk of their
 * team's journeys: the summary's sections, and their cohorts, effort and attainment beside it;
 * and their follow-through (SPEC §5): the held rate and the funnel visits without a next step.
 */
public record CoachingFigures(
        Salesperson salesperson,
        CoachingSections summary,
        ReportTable cohort,
        ReportTable effort,
        ReportTable attainment,
        ReportTable held,
        NextstepsFigure.Unbooked unbooked) {}
