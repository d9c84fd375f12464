package se.syfte.analytics.effort;

import java.math.BigDecimal;

/**
 * A customer visited in the window: the visits and hours (of the salesperson or team cut) and the
 * customer's yield — order intake and won deal value in the window, and open pipeline.
 */
public record CustomerEffort(
        long customerId,
        String customer,
        long visits,
        double hours,
        BigDecimal orderIntake,
        BigDecimal wonValue,
        BigDecimal pipelineValue) {

    public boolean yieldsNothing() {
        return orderIntake.signum() == 0 && wonValue.signum() == 0;
    }
}
