package se.syfte.imports;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table as the import reads it: its kind, which column holds which field (by the field's key),
 * the order of its slashed dates, and whether Syfte wrote the rows itself from a CRM export or a
 * calendar (where a purpose may be left to the keyword rules), and which columns are headed in hours.
 */
record TableLayout(
        SourceTable table,
        ImportKind kind,
        Map<String, Integer> columns,
        DateOrders dates,
        boolean translated,
        Set<String> inHours) {

    /** With {@code inHours} read from the headers once, rather than for every row. */
    TableLayout(
            SourceTable table, ImportKind kind, Map<String, Integer> columns, DateOrders dates, boolean translated) {
        this(table, kind, columns, dates, translated, headedInHours(table, columns));
    }

    /** The fields whose column's header gives it in hours ({@code Tid (h)}). */
    private static Set<String> headedInHours(SourceTable table, Map<String, Integer> columns) {
        return columns.entrySet().stream()
                .filter(column -> ImportField.inHours(table.headers().get(column.getValue())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the field's column is headed in hours. */
    boolean inHours(String key) {
        return inHours.contains(key);
    }

    /** The file's own header of a field; for a column the file lacks, the field's English name. */
    String header(String key) {
        Integer index = columns.get(key);
        return index != null
                ? table.headers().get(index)
                : kind.fields().stream()
                        .filter(f -> f.key().equals(key))
                        .findFirst()
                        .map(ImportField::english)
                        .orElse(key);
    }
}
