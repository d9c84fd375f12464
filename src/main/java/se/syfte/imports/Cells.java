package se.syfte.imports;

import java.math.BigDecimal;
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
    private final Set<String> rejectedKeys = new java.util.HashSet<>();

    /** {@code keysSeen} holds the ids of the table's earlier rows, to refuse a repeated one. */
    Cells(ImportRows.Source source, TableLayout layout, ImportPlan plan, Set<String> keysSeen) {
        this.source = source;
        this.layout = layout;
        this.plan = plan;
        this.keysSeen = keysSeen;
    }

    /**
     * The row's cells with every text already held to its bounds, so that a row whose text is
     * rejected is known to be rejected before any reader stores it.
     */
    static Cells checked(ImportRows.Source source, TableLayout layout, ImportPlan plan, Set<String> keysSeen) {
        Cells cells = new Cells(source, layout, plan, keysSeen);
        layout.columns().keySet().forEach(cells::optional);
        return cells;
    }

    ImportRows.Source source() {
        return source;
    }

    /**
     * The field's text, none when empty. A text with a control character (a NUL, an escape) or
     * longer than its column holds is rejected once, and read as none.
     */
    String optional(String key) {
        Integer index = layout.columns().get(key);
        String value = index == null ? "" : source.row().cell(index);
        if (value.isEmpty()) {
            return null;
        }
        if (TextBounds.hasControl(value)) {
            rejectOnce(key, TextBounds.visible(value), ImportText.reason("controlCharacter"));
            return null;
        }
        int longest = TextBounds.longest(layout.kind(), key);
        if (value.length() > longest) {
            rejectOnce(key, TextBounds.visible(value), ImportText.reason("tooLong", longest));
            return null;
        }
        return value;
    }

    /**
     * An amount in money: a number of at most two decimals within the 16 digits before the
     * decimal point that an amount column holds.
     */
    BigDecimal amount(String key) {
        BigDecimal amount = parsed(key, Values::decimal, ImportText.reason("notAmount"));
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            reject(key, optional(key), ImportText.reason("amountDecimals"));
            return null;
        }
        if (amount.abs().compareTo(TextBounds.LARGEST_AMOUNT) > 0) {
            reject(key, optional(key), ImportText.reason("amountTooLarge"));
            return null;
        }
        return amount;
    }

    private void rejectOnce(String key, String value, ImportText reason) {
        if (rejectedKeys.add(key)) {
            reject(key, value, reason);
        }
    }

    String required(String key) {
        String value = optional(key);
        if (value == null && !rejectedKeys.contains(key)) {
            reject(key, "", ImportText.reason("empty"));
        }
        return value;
    }

    <T> T parsed(String key, Function<String, Optional<T>> parser, ImportText reason) {
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
    LocalDate date(String key, ImportText reason) {
        return parsed(key, text -> Values.date(text, layout.dates().monthFirst(key)), reason);
    }

    /** The row's id, refused when an earlier row of the table has it. */
    String uniqueKey() {
        String value = optional("external_id");
        if (value != null && !keysSeen.add(value)) {
            reject("external_id", value, ImportText.reason("duplicateKey"));
        }
        return value;
    }

    /** Whether the field's column is headed in hours ({@code Tid (h)}). */
    boolean inHours(String key) {
        return layout.inHours(key);
    }

    void reject(String key, String value, ImportText reason) {
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
