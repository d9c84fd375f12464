package se.syfte.coaching.figures;

import se.syfte.organisation.Salesperson;
import se.syfte.reports.ReportTable;

/**
 * What the coaching page shows of one salesperson, all from one resolved cut and one walk of their
 * team's journeys: the summary's sections, and their cohorts, effort and attainment beside it.
 */
public record CoachingFigures(
        Salesperson salesperson,
        CoachingSections summary,
        ReportTable cohort,
        ReportTable effort,
        ReportTable attainment) {}
