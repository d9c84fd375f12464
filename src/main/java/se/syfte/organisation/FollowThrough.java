package se.syfte.organisation;

/**
 * An organisation's settings of SPEC §5: the days within which a funnel visit should have its
 * next step booked, and the visit cadence in days for customers of tier A, B and C.
 */
public record FollowThrough(int nextStepDays, int cadenceA, int cadenceB, int cadenceC) {

    public static final FollowThrough DEFAULTS = new FollowThrough(30, 30, 60, 120);

    /** At most ten years: a longer look-ahead or cadence says nothing a manager can act on. */
    public static final int MAX_DAYS = 3650;

    public FollowThrough {
        for (int days : new int[] {nextStepDays, cadenceA, cadenceB, cadenceC}) {
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days are from 1 to " + MAX_DAYS + ", not " + days);
            }
        }
    }
}
