package se.syfte.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's corrections of how a file was read — each column's field, and what the values Syfte
 * did not know stand for — as the {@code --map} texts that read it so. The page's mapping step and
 * the command line thus share one way of mapping.
 */
public final class ColumnCorrections {

    private ColumnCorrections() {}

    /** A column of a table of this kind, to be read as the field with this key, or not read (blank). */
    public record Column(ImportKind kind, String header, String field) {}

    /** A value of a column, to be read as this code (blank: as it is). */
    public record Value(String column, String value, String code) {}

    /**
     * The texts: a pair for each column read as another field than its header says, an
     * {@code ignore:} for each column left out that its header would have had read (or that looks
     * like a field), and the value maps — those given before and these.
     */
    public static List<String> mapTexts(List<String> previous, List<Column> columns, List<Value> values) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Column column : columns) {
            Optional<ImportField> own = column.kind().fields().stream()
                    .filter(field -> field.matches(column.header()))
                    .findFirst();
            if (column.field() == null || column.field().isBlank()) {
                boolean wouldBeRead = own.isPresent()
                        || column.kind().fields().stream().anyMatch(field -> field.resembles(column.header()));
                if (wouldBeRead && !ignored.contains(column.header())) {
                    ignored.add(column.header());
                }
            } else if (own.isEmpty() || !own.get().key().equals(column.field())) {
                pairs.putIfAbsent(column.field(), column.header());
            }
        }
        Map<String, Map<String, String>> valueMaps = new LinkedHashMap<>();
        ColumnMapping.parse(previous)
                .values()
                .forEach((column, mapped) -> valueMaps.put(column, new LinkedHashMap<>(mapped)));
        for (Value value : values) {
            if (value.code() != null && !value.code().isBlank()) {
                valueMaps
                        .computeIfAbsent(value.column(), c -> new LinkedHashMap<>())
                        .put(value.value(), value.code());
            }
        }
        return new ColumnMapping(pairs, valueMaps, ignored).written();
    }
}
