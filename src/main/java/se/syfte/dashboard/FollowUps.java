package se.syfte.dashboard;

import se.syfte.reports.figures.CadenceFigure;
import se.syfte.reports.figures.NextstepsFigure;

/**
 * The start page's lists to act on (SPEC §5): funnel visits still without a booked next step (none
 * for a manager's page) and the tiered customers overdue for a visit, each cut to a page's worth.
 */
public record FollowUps(NextstepsFigure.Unbooked unbooked, CadenceFigure.Overdue overdue) {}
