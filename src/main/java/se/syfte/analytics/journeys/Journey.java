package se.syfte.analytics.journeys;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * One journey of SPEC §3: a salesperson's funnel visits to a customer from {@code start} to
 * {@code last}, ended as won (on {@link #wonOn()}), stalled, or still open.
 */
public final class Journey {

    private final long salespersonId;
    private final long customerId;
    private final LocalDate start;
    private final LocalDate last;
    private final int maxStep;
    private final JourneyOutcome outcome;
    private final LocalDate wonOn;
    /** Index k − 1 holds the date of the first visit with step ≥ k. */
    private final LocalDate[] firstAtOrAbove;

    Journey(
            long salespersonId,
            long customerId,
            LocalDate start,
            LocalDate last,
            int maxStep,
            JourneyOutcome outcome,
            LocalDate wonOn,
            LocalDate[] firstAtOrAbove) {
        this.salespersonId = salespersonId;
        this.customerId = customerId;
        this.start = start;
        this.last = last;
        this.maxStep = maxStep;
        this.outcome = outcome;
        this.wonOn = wonOn;
        this.firstAtOrAbove = firstAtOrAbove;
    }

    public long salespersonId() {
        return salespersonId;
    }

    public long customerId() {
        return customerId;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate last() {
        return last;
    }

    public int maxStep() {
        return maxStep;
    }

    public JourneyOutcome outcome() {
        return outcome;
    }

    public Optional<LocalDate> wonOn() {
        return Optional.ofNullable(wonOn);
    }

    public boolean isWon() {
        return outcome == JourneyOutcome.WON;
    }

    /** Reached step k when its max step ≥ k, or when it is won (won reaches every step). */
    public boolean reached(int step) {
        return maxStep >= step || isWon();
    }

    /**
     * The date it reached step k: its first visit with step ≥ k, or for a won journey without
     * such a visit, its win date. Empty when it did not reach k.
     */
    public Optional<LocalDate> reachedOn(int step) {
        if (step >= 1 && step <= firstAtOrAbove.length && firstAtOrAbove[step - 1] != null) {
            return Optional.of(firstAtOrAbove[step - 1]);
        }
        return wonOn();
    }

    @Override
    public String toString() {
        return "Journey[salesperson=" + salespersonId + ", customer=" + customerId + ", " + start + ".." + last
                + ", maxStep=" + maxStep + ", " + outcome + (wonOn == null ? "" : " on " + wonOn)
                + ", reached=" + Arrays.toString(firstAtOrAbove) + "]";
    }
}
