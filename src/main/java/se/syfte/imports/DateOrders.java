package se.syfte.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The day/month order of a table's slashed dates per date column, which only the whole column
 * tells: decided by a first look at the date columns before any row is read, so that every row
 * is read once in the order its column shows.
 */
final class DateOrders {

    /** The fields that hold dates, in the order a mixed column is reported. */
    private static final List<String> DATE_FIELDS = List.of("date", "booked", "created", "closed", "period_start");

    static final DateOrders NONE = new DateOrders(Map.of());

    private final Map<String, Values.SlashOrder> orders;

    private DateOrders(Map<String, Values.SlashOrder> orders) {
        this.orders = orders;
    }

    /** Reads the table's date columns (the rows that are data, not blank) and tallies how they write dates. */
    static DateOrders look(SourceTable table, Map<String, Integer> columns) {
        Map<String, Values.SlashTally> tallies = new LinkedHashMap<>();
        DATE_FIELDS.stream().filter(columns::containsKey).forEach(key -> tallies.put(key, new Values.SlashTally()));
        // Most files write no slashed dates, and a workbook tells so without a look at its rows.
        if (tallies.isEmpty() || !table.rows().mayHoldText(text -> text.indexOf('/') >= 0)) {
            return NONE;
        }
        try (Stream<SourceTable.SourceRow> rows = table.rows().open()) {
            rows.filter(row -> row.skipped() == null && !row.isBlank())
                    .forEach(row -> tallies.forEach((key, tally) -> tally.add(row.cell(columns.get(key)))));
        }
        Map<String, Values.SlashOrder> orders = new LinkedHashMap<>();
        tallies.forEach((key, tally) -> orders.put(key, tally.order()));
        return new DateOrders(orders);
    }

    /** The first date column that writes some dates day first and some month first. */
    Optional<String> mixed() {
        return orders.entrySet().stream()
                .filter(order -> order.getValue() == Values.SlashOrder.MIXED)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    boolean monthFirst(String key) {
        return orders.get(key) == Values.SlashOrder.MONTH_FIRST;
    }

    /** What the import says about the order it read a column's dates in, when the column does not make it plain. */
    void describe(TableLayout layout, List<ImportText> notes) {
        orders.forEach((key, order) -> {
            String place = layout.table().place();
            if (order == Values.SlashOrder.MONTH_FIRST) {
                notes.add(ImportText.at(place, ImportText.note("monthFirst", layout.header(key))));
            } else if (order == Values.SlashOrder.UNDECIDED) {
                notes.add(ImportText.at(place, ImportText.note("dayFirst", layout.header(key))));
            }
        });
    }
}
