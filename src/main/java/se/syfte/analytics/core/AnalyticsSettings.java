package se.syfte.analytics.core;

/**
 * The parameters of the rules of SPEC §3: {@code gapDays} after which a journey without visits
 * has stalled (365), and {@code loopThreshold}, the visits with one purpose that make a loop (3);
 * and of SPEC §5, {@code nextStepDays} within which a funnel visit's next step must lie (empty:
 * the organisation's own setting).
 */
public record AnalyticsSettings(int gapDays, int loopThreshold, Integer nextStepDays) {

    public static final int DEFAULT_GAP_DAYS = 365;
    public static final int DEFAULT_LOOP_THRESHOLD = 3;

    public AnalyticsSettings {
        if (gapDays < 1) {
            throw new IllegalArgumentException("the gap must be at least one day: " + gapDays);
        }
        if (loopThreshold < 1) {
            throw new IllegalArgumentException("the loop threshold must be at least one visit: " + loopThreshold);
        }
        if (nextStepDays != null && nextStepDays < 1) {
            throw new IllegalArgumentException("the next step days must be at least one day: " + nextStepDays);
        }
    }

    public AnalyticsSettings(int gapDays, int loopThreshold) {
        this(gapDays, loopThreshold, null);
    }

    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(DEFAULT_GAP_DAYS, DEFAULT_LOOP_THRESHOLD);
    }
}
