package se.syfte.demo;

import java.util.Random;

/**
 * Which of one salesperson's journeys move on from each step. Each step keeps the profile's rate
 * in every run of journeys, not only on average, so the planted stories hold in whatever window
 * the demo's day gives; only the first journey to move on depends on the seed.
 */
final class JourneyOutcomes {

    private final Quota toQuote;
    private final Quota toNegotiation;
    private final Quota toWin;

    JourneyOutcomes(SalesProfile profile, Random random) {
        this.toQuote = new Quota(profile.toQuote(), random.nextDouble());
        this.toNegotiation = new Quota(profile.toNegotiation(), random.nextDouble());
        this.toWin = new Quota(profile.toWin(), random.nextDouble());
    }

    boolean reachesQuote() {
        return toQuote.next();
    }

    boolean reachesNegotiation() {
        return toNegotiation.next();
    }

    boolean isWon() {
        return toWin.next();
    }

    /** Moves on whenever the rate owed so far adds up to a whole journey. */
    private static final class Quota {
        private final double rate;
        private double owed;

        Quota(double rate, double start) {
            this.rate = rate;
            this.owed = start;
        }

        boolean next() {
            owed += rate;
            if (owed < 1) {
                return false;
            }
            owed -= 1;
            return true;
        }
    }
}
