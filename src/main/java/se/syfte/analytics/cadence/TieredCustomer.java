package se.syfte.analytics.cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A customer with a tier, its owner (empty when none), its latest HELD visit dated on or before the
 * day asked about (empty when never visited) and its tier's cadence in days (SPEC §5).
 */
public record TieredCustomer(
        long customerId, String name, String tier, Long ownerId, LocalDate lastVisit, int cadenceDays) {

    /** The day the next visit is due: the latest visit plus the cadence; none when never visited. */
    public LocalDate nextDue() {
        return lastVisit == null ? null : lastVisit.plusDays(cadenceDays);
    }

    /** Overdue as of {@code day}: never visited, or more than the cadence's days since the latest visit. */
    public boolean overdue(LocalDate day) {
        return lastVisit == null || ChronoUnit.DAYS.between(lastVisit, day) > cadenceDays;
    }

    /** max(0, day − latest visit − cadence); none when never visited. */
    public Long daysOverdue(LocalDate day) {
        return lastVisit == null ? null : Math.max(0, ChronoUnit.DAYS.between(lastVisit, day) - cadenceDays);
    }
}
