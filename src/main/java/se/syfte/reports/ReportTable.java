package se.syfte.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import se.syfte.analytics.core.Ratio;

/**
 * A report's rows under typed columns. A cell holds a String, a number, a LocalDate or a Boolean,
 * or null for "no value" (an empty cell in CSV, null in JSON).
 */
public record ReportTable(String title, List<Column> columns, List<List<Object>> rows) {

    public ReportTable {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row of " + title + " has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The different texts of a column, none when the table has no such column: the names a page links. */
    public static java.util.Set<String> texts(String column, ReportTable... tables) {
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (ReportTable table : tables) {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).name().equals(column)) {
                    int at = i;
                    table.rows().stream()
                            .map(row -> row.get(at))
                            .filter(String.class::isInstance)
                            .map(String.class::cast)
                            .forEach(texts::add);
                }
            }
        }
        return texts;
    }

    public static Builder builder(String title, Column... columns) {
        return new Builder(title, List.of(columns));
    }

    public static final class Builder {
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title, List<Column> columns) {
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.stream(cells).map(Builder::plain).toList());
            return this;
        }

        public ReportTable build() {
            return new ReportTable(title, columns, Collections.unmodifiableList(rows));
        }

        /** Ratios and optional numbers become plain numbers, or null when they have no value. */
        private static Object plain(Object cell) {
            if (cell instanceof Ratio ratio) {
                return ratio.isEmpty() ? null : ratio.value().getAsDouble();
            }
            if (cell instanceof OptionalDouble optional) {
                return optional.isPresent() ? optional.getAsDouble() : null;
            }
            return cell;
        }
    }
}
