package se.syfte.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The first few different values of each column of a table, for showing how it was read. */
final class ColumnSamples {

    static final int PER_COLUMN = 3;

    private final List<List<String>> values = new ArrayList<>();
    private int full;

    ColumnSamples(int columns) {
        for (int i = 0; i < columns; i++) {
            values.add(new ArrayList<>(PER_COLUMN));
        }
    }

    void add(SourceTable.SourceRow row) {
        if (full == values.size()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            List<String> column = values.get(i);
            String value = row.cell(i);
            if (column.size() < PER_COLUMN && !value.isEmpty() && !column.contains(value)) {
                column.add(value.length() > 60 ? value.substring(0, 60) + "…" : value);
                if (column.size() == PER_COLUMN) {
                    full++;
                }
            }
        }
    }

    /** The table's columns under the file's own headers, each with the field the layout reads it as. */
    TableReading reading(TableLayout layout, List<String> headers) {
        Map<Integer, String> fields = new HashMap<>();
        layout.columns().forEach((field, index) -> fields.put(index, field));
        List<TableReading.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header != null && !header.isBlank()) {
                columns.add(new TableReading.Column(header.strip(), fields.get(i), values.get(i)));
            }
        }
        SourceTable table = layout.table();
        return new TableReading(table.file(), table.sheet(), layout.kind(), columns);
    }
}
