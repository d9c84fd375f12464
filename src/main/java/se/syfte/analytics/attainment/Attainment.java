package se.syfte.analytics.attainment;

import java.time.LocalDate;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.core.WorkingDays;

/**
 * A target and the visits made against it (SPEC §3): attainment is actual ÷ target; pace is
 * actual ÷ (target × the elapsed share of the period's working days), the period being elapsed up
 * to {@code asOf} (exclusive). {@code salespersonId} or {@code teamId} says whose target it is.
 */
public record Attainment(
        Long salespersonId,
        Long teamId,
        String purposeCode,
        Period period,
        LocalDate periodStart,
        long target,
        long actual) {

    public Ratio attainment() {
        return Ratio.of(actual, target);
    }

    public Ratio pace(WorkingDays workingDays, LocalDate asOf) {
        LocalDate end = period.next(periodStart);
        LocalDate elapsedTo = asOf.isBefore(end) ? asOf : end;
        int all = workingDays.between(periodStart, end);
        int elapsed = workingDays.between(periodStart, elapsedTo);
        return Ratio.of(actual, all == 0 ? 0 : target * (double) elapsed / all);
    }
}
