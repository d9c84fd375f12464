package se.syfte.targets;

import java.time.LocalDate;

/** A number of visits with one purpose in one period, for a salesperson or (exclusively) a team. */
public record Target(
        Long salespersonId, Long teamId, long purposeId, TargetPeriod period, LocalDate periodStart, int count) {

    public Target {
        if ((salespersonId == null) == (teamId == null)) {
            throw new IllegalArgumentException("a target is for a salesperson or for a team");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a target cannot be negative: " + count);
        }
    }
}
