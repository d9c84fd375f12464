package se.syfte.targets;

import java.time.LocalDate;

/** Whose a target is: a salesperson's own, or a team's, which its members reach together (SPEC §3). */
public enum TargetOwner {
    SALESPERSON("salesperson_id"),
    TEAM("team_id");

    private final String column;

    TargetOwner(String column) {
        this.column = column;
    }

    /** The target table's column that holds the owner. */
    public String column() {
        return column;
    }

    public Target monthly(long owner, long purposeId, LocalDate start, int count) {
        return this == SALESPERSON
                ? new Target(owner, null, purposeId, TargetPeriod.MONTH, start, count)
                : new Target(null, owner, purposeId, TargetPeriod.MONTH, start, count);
    }
}
