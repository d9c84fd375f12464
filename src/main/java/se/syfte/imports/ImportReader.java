package se.syfte.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.syfte.imports.ics.CalendarDirectory;
import se.syfte.purposes.Purpose;

/**
 * Turns tables into rows for an {@link ImportSink} and an {@link ImportPlan}: the layouts tell
 * each table's kind and columns, one row reader per kind checks every row, rejecting it with the
 * column, value and reason when it cannot be stored.
 */
final class ImportReader {

    private final KnownNames names;
    private final TableLayouts layouts;
    private final boolean keepUnclassified;
    private final boolean restricted;
    private final LocalDate today;
    private final CustomersInScope customers;
    private ImportProgress progress = ImportProgress.NONE;
    private long rowsRead;
    private long total;

    /**
     * A manager's import ({@code scope} restricted) holds no salespeople and no team targets; its
     * rows may name only the salespeople given, who are the manager's own. {@code today} is the
     * organisation's: a visit dated after it is planned.
     */
    ImportReader(
            List<Purpose> purposes,
            List<String> salespeople,
            KeywordRules rules,
            ImportOptions options,
            CalendarDirectory calendar,
            ImportScope scope,
            CustomersInScope customers,
            LocalDate today) {
        this.names = new KnownNames(purposes, salespeople);
        this.customers = customers;
        this.layouts = new TableLayouts(options, rules, names.purposeCodes(), calendar);
        this.keepUnclassified = options.keepUnclassified();
        this.restricted = scope.restricted();
        this.today = today;
    }

    /**
     * Reads the tables and hands every row it understands to the sink as it goes: salespeople
     * first, so that other rows may name those the same import adds, then the other kinds in
     * the order they are stored.
     */
    ImportPlan read(List<SourceTable> tables, ImportSink sink, ImportProgress progress) {
        this.progress = progress;
        ImportPlan plan = new ImportPlan();
        List<Map.Entry<SourceTable, ImportKind>> kinds = new ArrayList<>();
        tables.forEach(table -> layouts.kindOf(table, plan).ifPresent(kinds::add));
        kinds.sort(Map.Entry.comparingByValue());
        total = kinds.stream().allMatch(table -> table.getKey().rows().knownSize() >= 0)
                ? kinds.stream()
                        .mapToLong(table -> table.getKey().rows().knownSize())
                        .sum()
                : -1;
        kinds.forEach(table -> readTable(table.getKey(), table.getValue(), sink, plan));
        progress.read(rowsRead, rowsRead);
        return plan;
    }

    private void readTable(SourceTable table, ImportKind kind, ImportSink sink, ImportPlan plan) {
        table.notes().forEach(note -> plan.notes.add(ImportText.at(table.place(), note)));
        if (restricted && kind == ImportKind.SALESPEOPLE) {
            plan.rejections.add(new RowRejection(
                    table.file(), table.sheet(), 1, null, null, ImportText.reason("adminSalespeople")));
            return;
        }
        layouts.layout(table, kind, plan).ifPresent(layout -> readRows(layout, rowReader(layout, sink), plan));
    }

    private RowReader rowReader(TableLayout layout, ImportSink sink) {
        return switch (layout.kind()) {
            case SALESPEOPLE -> new SalespersonRows(sink, names);
            case CUSTOMERS -> new CustomerRows(sink, names, customers);
            case VISITS -> new VisitRows(sink, names, layout.translated(), keepUnclassified, today);
            case DEALS -> new DealRows(sink, names);
            case ORDERS -> new OrderRows(sink, names);
            case TARGETS -> new TargetRows(sink, names, restricted);
        };
    }

    private void readRows(TableLayout layout, RowReader reader, ImportPlan plan) {
        SourceTable table = layout.table();
        int blank = 0;
        Set<String> keysSeen = new HashSet<>();
        ColumnSamples samples = new ColumnSamples(table.headers().size());
        try (Stream<SourceTable.SourceRow> rows = table.rows().open()) {
            for (SourceTable.SourceRow row : (Iterable<SourceTable.SourceRow>) rows::iterator) {
                progress.read(++rowsRead, total);
                if (row.skipped() != null) {
                    plan.notes.add(ImportText.at(table.place(), row.skipped()));
                } else if (row.isBlank()) {
                    blank++;
                } else {
                    samples.add(row);
                    reader.read(Cells.checked(new ImportRows.Source(table, row), layout, plan, keysSeen));
                }
            }
        }
        if (!layout.translated()) {
            plan.tables.add(samples.reading(layout, layouts.sourceHeaders(table)));
        }
        layout.dates().describe(layout, plan.notes);
        if (blank > 0) {
            plan.notes.add(ImportText.at(table.place(), ImportText.note("emptyRows", blank)));
        }
    }
}
