package se.syfte.analytics.nextsteps;

import se.syfte.analytics.core.Ratio;

/**
 * One salesperson's funnel visits with one purpose held in the window, and those without a next
 * step (SPEC §5). {@code salespersonId} is empty for the team.
 */
public record NextSteps(Long salespersonId, String purposeCode, long funnelVisits, long withoutNextStep) {

    /** without ÷ funnel visits: the share of funnel visits left without a booked next step. */
    public Ratio share() {
        return Ratio.of(withoutNextStep, funnelVisits);
    }

    /** The team's counts: this and another salesperson's with the same purpose. */
    public NextSteps plus(NextSteps other) {
        return new NextSteps(
                null, purposeCode, funnelVisits + other.funnelVisits, withoutNextStep + other.withoutNextStep);
    }
}
