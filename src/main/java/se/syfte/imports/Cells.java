package se.syfte.imports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One row's cells by field, collecting its rejections in the plan. */
final class Cells {

    private final ImportRows.Source source;
    private final TableLayout layout;
    private final ImportPlan plan;
    private final Set<String> keysSeen;
    private boolean rejected;

    /** {@code keysSeen} holds the ids of the table's earlier rows, to refuse a repeated one. */
    Cells(ImportRows.Source source, TableLayout layout, ImportPlan plan, Set<String> keysSeen) {
        this.source = source;
        this.layout = layout;
        this.plan = plan;
        this.keysSeen = keysSeen;
    }

    ImportRows.Source source() {
        return source;
    }

    String optional(String key) {
        Integer index = layout.columns().get(key);
        String value = index == null ? "" : source.row().cell(index);
        return value.isEmpty() ? null : value;
    }

    String required(String key) {
        String value = optional(key);
        if (value == null) {
            reject(key, "", "is empty");
        }
        return value;
    }

    <T> T parsed(String key, Function<String, Optional<T>> parser, String reason) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            reject(key, value, reason);
        }
        return parsed.orElse(null);
    }

    /** A date, read in the day/month order its column shows. */
    LocalDate date(String key, String reason) {
        return parsed(key, text -> Values.date(text, layout.dates().monthFirst(key)), reason);
    }

    /** The row's id, refused when an earlier row of the table has it. */
    String uniqueKey() {
        String value = optional("external_id");
        if (value != null && !keysSeen.add(value)) {
            reject("external_id", value, "duplicate key: an earlier row has the same id");
        }
        return value;
    }

    /** The header of the field's column as the file writes it. */
    String header(String key) {
        return layout.header(key);
    }

    void reject(String key, String value, String reason) {
        if (!rejected) {
            plan.rejectedRows.add(source);
        }
        rejected = true;
        plan.rejections.add(new RowRejection(
                source.table().file(),
                source.table().sheet(),
                source.row().number(),
                layout.header(key),
                value,
                reason));
    }

    boolean ok() {
        return !rejected;
    }
}
