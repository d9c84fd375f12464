package se.syfte.imports;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to import: {@code dryRun} checks and counts without storing; with {@code skipRejected} the
 * valid rows are stored and the rejected ones written to reject files, otherwise one rejected
 * row stops the whole import; {@code format} says which layouts to read, and with
 * {@code keepUnclassified} a CRM activity that no keyword rule classifies is stored without a
 * purpose instead of being rejected; {@code kind} names what the files hold when their headers do
 * not tell, and {@code mapping} reads files of other layouts; recurring calendar meetings are
 * expanded in {@code [calendarFrom, calendarTo)}, by default (null) from a year ago through the
 * coming {@link #CALENDAR_WEEKS_AHEAD} weeks, whose meetings are planned visits.
 */
public record ImportOptions(
        boolean dryRun,
        boolean skipRejected,
        ImportFormat format,
        boolean keepUnclassified,
        Optional<ImportKind> kind,
        ColumnMapping mapping,
        LocalDate calendarFrom,
        LocalDate calendarTo) {

    /** How far ahead a calendar's meetings are read by default: a quarter of planned visits. */
    public static final int CALENDAR_WEEKS_AHEAD = 13;

    public ImportOptions(boolean dryRun, boolean skipRejected) {
        this(dryRun, skipRejected, ImportFormat.AUTO, false);
    }

    public ImportOptions(boolean dryRun, boolean skipRejected, ImportFormat format, boolean keepUnclassified) {
        this(dryRun, skipRejected, format, keepUnclassified, Optional.empty(), ColumnMapping.NONE);
    }

    public ImportOptions(
            boolean dryRun,
            boolean skipRejected,
            ImportFormat format,
            boolean keepUnclassified,
            Optional<ImportKind> kind,
            ColumnMapping mapping) {
        this(dryRun, skipRejected, format, keepUnclassified, kind, mapping, null, null);
    }

    /** The same options with the window calendar meetings are expanded in, {@code [from, to)}. */
    public ImportOptions withCalendarWindow(LocalDate from, LocalDate to) {
        return new ImportOptions(dryRun, skipRejected, format, keepUnclassified, kind, mapping, from, to);
    }

    /** The calendar window's ends as given, the default ones counted from {@code today}. */
    public ImportOptions calendarWindowFrom(LocalDate today) {
        return withCalendarWindow(
                calendarFrom != null ? calendarFrom : today.minusYears(1),
                calendarTo != null
                        ? calendarTo
                        : today.plusWeeks(CALENDAR_WEEKS_AHEAD).plusDays(1));
    }

    /** The same options with a saved profile's kind and mapping. */
    public ImportOptions withLayout(Optional<ImportKind> kind, ColumnMapping mapping) {
        return new ImportOptions(
                dryRun, skipRejected, format, keepUnclassified, kind, mapping, calendarFrom, calendarTo);
    }
}
