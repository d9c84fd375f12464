package se.syfte.imports;

/**
 * How to import: {@code dryRun} checks and counts without storing; with {@code skipRejected} the
 * valid rows are stored and the rejected ones written to reject files, otherwise one rejected
 * row stops the whole import.
 */
public record ImportOptions(boolean dryRun, boolean skipRejected) {}
