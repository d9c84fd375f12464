package se.syfte.analytics.funnel;

import se.syfte.analytics.core.Ratio;

/**
 * The progress from one step to the next ({@code toStep} 0 stands for WON): journeys that reached
 * the from-step, those that reached the to-step, and their ratio.
 */
public record StepRate(int fromStep, int toStep, long reachedFrom, long reachedTo) {

    public static final int WON = 0;

    public Ratio rate() {
        return Ratio.of(reachedTo, reachedFrom);
    }

    public boolean toWon() {
        return toStep == WON;
    }
}
