package se.syfte.analytics.concentration;

import se.syfte.analytics.core.Ratio;

/**
 * A salesperson's visits with one funnel purpose in the window and the customer that got most of
 * them (ties: the name that sorts first). They are concentrated when there are at least 5 and
 * that customer holds at least 40 % of them (SPEC §3).
 */
public record Concentration(
        long salespersonId, String purposeCode, long allVisits, long customerId, String customer, long customerVisits) {

    public static final int MINIMUM_VISITS = 5;
    public static final double MINIMUM_SHARE = 0.4;

    public Ratio share() {
        return Ratio.of(customerVisits, allVisits);
    }

    public boolean isConcentrated() {
        return allVisits >= MINIMUM_VISITS && customerVisits >= MINIMUM_SHARE * allVisits;
    }
}
