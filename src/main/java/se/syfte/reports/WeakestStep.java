package se.syfte.reports;

/**
 * A salesperson's bottleneck as the funnel report names its steps: {@code fromPurpose} is the
 * report's {@code from_purpose} of the step, {@code shortfall} how far below the rest of the team.
 */
public record WeakestStep(String fromPurpose, double shortfall) {}
