package se.syfte.analytics.core;

/**
 * The parameters of the rules of SPEC §3: {@code gapDays} after which a journey without visits
 * has stalled (365), and {@code loopThreshold}, the visits with one purpose that make a loop (3).
 */
public record AnalyticsSettings(int gapDays, int loopThreshold) {

    public static final int DEFAULT_GAP_DAYS = 365;
    public static final int DEFAULT_LOOP_THRESHOLD = 3;

    public AnalyticsSettings {
        if (gapDays < 1) {
            throw new IllegalArgumentException("the gap must be at least one day: " + gapDays);
        }
        if (loopThreshold < 1) {
            throw new IllegalArgumentException("the loop threshold must be at least one visit: " + loopThreshold);
        }
    }

    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(DEFAULT_GAP_DAYS, DEFAULT_LOOP_THRESHOLD);
    }
}
