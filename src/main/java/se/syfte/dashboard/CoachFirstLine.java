package se.syfte.dashboard;

import se.syfte.coaching.CoachFirst;

/**
 * A line of the coach-first list: the salesperson, their weightiest finding — with the purposes of
 * a bottleneck's step resolved — and how many more findings they have.
 */
public record CoachFirstLine(
        long salespersonId,
        String salesperson,
        CoachFirst.Finding top,
        String fromPurpose,
        String toPurpose,
        int more) {}
