package se.syfte.targets;

public enum TargetPeriod {
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
