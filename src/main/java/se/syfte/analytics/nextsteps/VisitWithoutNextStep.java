package se.syfte.analytics.nextsteps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A funnel visit held with no next step booked (SPEC §5): where the next step is still to be booked. */
public record VisitWithoutNextStep(
        long visitId, long salespersonId, long customerId, String customer, LocalDate date, String purposeCode) {

    /** Days from the visit to {@code today}. */
    public long daysSince(LocalDate today) {
        return ChronoUnit.DAYS.between(date, today);
    }
}
