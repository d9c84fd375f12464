package se.syfte.analytics.held;

import se.syfte.analytics.core.Ratio;

/**
 * One salesperson's visits with one purpose (SPEC §5, held rate): of the planned visits dated in
 * the window and before today, those held, cancelled, missed by the customer (no-show) and still
 * unconfirmed; and the held visits of the window that were never planned. {@code salespersonId}
 * is empty for the team, {@code purposeCode} for visits no purpose classified.
 */
public record HeldVisits(
        Long salespersonId,
        String purposeCode,
        long held,
        long cancelled,
        long noShow,
        long unconfirmed,
        long unplannedHeld) {

    /** The planned visits whose day has come: every one is held, cancelled, a no-show or unconfirmed. */
    public long planned() {
        return held + cancelled + noShow + unconfirmed;
    }

    /** held ÷ (held + cancelled + no-show + unconfirmed); no value without planned visits. */
    public Ratio rate() {
        return Ratio.of(held, planned());
    }

    /** The team's counts: this and another salesperson's with the same purpose. */
    public HeldVisits plus(HeldVisits other) {
        return new HeldVisits(
                null,
                purposeCode,
                held + other.held,
                cancelled + other.cancelled,
                noShow + other.noShow,
                unconfirmed + other.unconfirmed,
                unplannedHeld + other.unplannedHeld);
    }
}
