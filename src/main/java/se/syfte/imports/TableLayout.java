package se.syfte.imports;

import java.util.Map;

/**
 * A table as the import reads it: its kind, which column holds which field (by the field's key),
 * the order of its slashed dates, and whether Syfte wrote the rows itself from a CRM export or a
 * calendar (where a purpose may be left to the keyword rules).
 */
record TableLayout(
        SourceTable table, ImportKind kind, Map<String, Integer> columns, DateOrders dates, boolean translated) {

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
