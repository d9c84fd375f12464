package se.syfte.reports;

/** How a column's values are written: rates and shares to 4 decimals, amounts and hours to 2, days to 1. */
public enum ColumnType {
    TEXT,
    INTEGER,
    RATE,
    AMOUNT,
    HOURS,
    DAYS,
    DATE,
    BOOLEAN
}
