package se.syfte.reports.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.syfte.reports.ReportTable;

/** A table's rows as JSON objects: column name to typed, rounded value. */
public final class JsonRows {

    private JsonRows() {}

    public static List<Map<String, Object>> of(ReportTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                object.put(
                        table.columns().get(i).name(),
                        Cells.typed(table.columns().get(i), row.get(i)));
            }
            rows.add(object);
        }
        return rows;
    }
}
