package se.syfte.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping for files of other layouts: which source column holds which field
 * ({@code owner=sales_agent,customer=account}), which source values stand for which values
 * ({@code deal_stage: Won=WON, Lost=LOST}), and which columns to leave out although they look
 * like a field ({@code ignore: Längd i minuter, Tid 2}). Written as {@code --map} takes it, and
 * saved so in profiles.
 */
public record ColumnMapping(
        Map<String, String> columns, Map<String, Map<String, String>> values, List<String> ignored) {

    public static final ColumnMapping NONE = new ColumnMapping(Map.of(), Map.of(), List.of());

    private static final String IGNORE = "ignore";

    /** Reads {@code --map} texts: each either field=column pairs, or a column's values after {@code column:}. */
    public static ColumnMapping parse(List<String> texts) {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (String text : texts) {
            int colon = text.indexOf(':');
            if (colon > 0 && text.substring(0, colon).strip().equalsIgnoreCase(IGNORE)) {
                outsideQuotes(text.substring(colon + 1)).stream()
                        .map(String::strip)
                        .filter(column -> !column.isEmpty())
                        .map(ColumnMapping::unquoted)
                        .forEach(ignored::add);
            } else if (colon > 0 && !text.substring(0, colon).contains("=")) {
                Map<String, String> mapped =
                        values.computeIfAbsent(text.substring(0, colon).strip(), c -> new LinkedHashMap<>());
                pairs(text.substring(colon + 1), text).forEach(mapped::put);
            } else {
                pairs(text, text).forEach((field, column) -> columns.put(field.toLowerCase(), column));
            }
        }
        return new ColumnMapping(columns, values, List.copyOf(ignored));
    }

    /** Whether {@code ignore:} leaves the column out, whatever its case. */
    public boolean ignores(String header) {
        return header != null && ignored.stream().anyMatch(column -> column.equalsIgnoreCase(header.strip()));
    }

    private static Map<String, String> pairs(String text, String whole) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : outsideQuotes(text)) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = equalsOutsideQuotes(pair);
            if (equals < 0
                    || pair.substring(0, equals).isBlank()
                    || pair.substring(equals + 1).isBlank()) {
                throw new IllegalArgumentException("'" + pair.strip() + "' in --map '" + whole + "' is not NAME=VALUE");
            }
            pairs.put(
                    unquoted(pair.substring(0, equals).strip()),
                    unquoted(pair.substring(equals + 1).strip()));
        }
        return pairs;
    }

    /** The text split at commas, except those inside double quotes: a header may hold a comma ("Deal Value, $"). */
    private static List<String> outsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static int equalsOutsideQuotes(String pair) {
        boolean quoted = false;
        for (int i = 0; i < pair.length(); i++) {
            if (pair.charAt(i) == '"') {
                quoted = !quoted;
            } else if (pair.charAt(i) == '=' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static String quotedIfNeeded(String value) {
        return value.contains(",") || value.contains("=") ? "\"" + value + "\"" : value;
    }

    /** Written back as --map takes it, to save as a profile. */
    public List<String> written() {
        List<String> texts = new ArrayList<>();
        if (!columns.isEmpty()) {
            texts.add(String.join(
                    ",",
                    columns.entrySet().stream()
                            .map(e -> e.getKey() + "=" + quotedIfNeeded(e.getValue()))
                            .toList()));
        }
        if (!ignored.isEmpty()) {
            texts.add(IGNORE + ": "
                    + String.join(
                            ", ",
                            ignored.stream().map(ColumnMapping::quotedIfNeeded).toList()));
        }
        values.forEach((column, mapped) -> texts.add(column + ": "
                + String.join(
                        ", ",
                        mapped.entrySet().stream()
                                .map(e -> quotedIfNeeded(e.getKey()) + "=" + quotedIfNeeded(e.getValue()))
                                .toList())));
        return texts;
    }

    public boolean isEmpty() {
        return columns.isEmpty() && values.isEmpty() && ignored.isEmpty();
    }

    /** Whether it reads the file's columns or values another way; only leaving columns out does not. */
    public boolean remaps() {
        return !columns.isEmpty() || !values.isEmpty();
    }

    /**
     * The table with mapped columns renamed to the kind's own headers and mapped values replaced;
     * a field mapped to a column the table lacks is a rejection of the whole table.
     */
    SourceTable apply(SourceTable table, ImportKind kind, ImportPlan plan) {
        List<String> headers = new ArrayList<>(table.headers());
        for (Map.Entry<String, String> mapped : columns.entrySet()) {
            Optional<ImportField> field = kind.fields().stream()
                    .filter(f -> f.key().equals(mapped.getKey()))
                    .findFirst();
            int index = indexOf(table.headers(), mapped.getValue());
            if (field.isEmpty()) {
                plan.rejections.add(new RowRejection(
                        table.file(),
                        table.sheet(),
                        1,
                        null,
                        mapped.getKey(),
                        ImportText.reason(
                                "mapUnknownField",
                                kind.name().toLowerCase(Locale.ROOT),
                                String.join(
                                        ", ",
                                        kind.fields().stream()
                                                .map(ImportField::key)
                                                .toList()))));
                return null;
            }
            if (index < 0) {
                plan.rejections.add(new RowRejection(
                        table.file(),
                        table.sheet(),
                        1,
                        mapped.getValue(),
                        null,
                        ImportText.reason("mapUnknownColumn")));
                return null;
            }
            headers.set(index, field.get().english());
        }
        SourceRows rows = table.rows().map(row -> {
            List<String> cells = new ArrayList<>(row.cells());
            values.forEach((column, mapped) -> {
                int index = indexOf(table.headers(), column);
                if (index >= 0
                        && index < cells.size()
                        && mapped.containsKey(cells.get(index).strip())) {
                    cells.set(index, mapped.get(cells.get(index).strip()));
                }
            });
            return new SourceTable.SourceRow(row.number(), cells, row.skipped());
        });
        return new SourceTable(table.file(), table.sheet(), headers, rows, table.notes());
    }

    private static int indexOf(List<String> headers, String column) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && headers.get(i).strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }
}
