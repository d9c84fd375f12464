package se.syfte.imports;

/**
 * How to import: {@code dryRun} checks and counts without storing; with {@code skipRejected} the
 * valid rows are stored and the rejected ones written to reject files, otherwise one rejected
 * row stops the whole import; {@code format} says which layouts to read, and with
 * {@code keepUnclassified} a CRM activity that no keyword rule classifies is stored without a
 * purpose instead of being rejected.
 */
public record ImportOptions(boolean dryRun, boolean skipRejected, ImportFormat format, boolean keepUnclassified) {

    public ImportOptions(boolean dryRun, boolean skipRejected) {
        this(dryRun, skipRejected, ImportFormat.AUTO, false);
    }
}
