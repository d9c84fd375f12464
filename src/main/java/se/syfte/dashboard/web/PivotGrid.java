package se.syfte.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.syfte.web.ReportView;

/**
 * Report rows turned into a grid a chart can draw: a row per salesperson (in the report's order), a
 * column per value of the report's {@code across} column, each cell one of the report's figures.
 * The team's row, where the report has one, is kept apart.
 */
public record PivotGrid(List<String> columns, List<Row> rows, Row team) {

    public record Row(String label, String link, List<Cell> cells) {}

    /**
     * @param value the plain figure, for the chart
     * @param extra a second plain figure the chart draws beside it (pace), or empty
     * @param marked whether the chart and table mark the cell (the weakest step)
     */
    public record Cell(String text, String value, String extra, boolean marked) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * @param rowKey the column naming the row (salesperson)
     * @param across the column whose values become columns (purpose, step)
     * @param heading a grid column's heading, from the first row that has it
     * @param figure the column shown in the cells
     * @param extra a second figure kept beside it, or null
     * @param marked which cells to mark, given the row's name and the across value's plain form
     */
    static PivotGrid of(
            ReportView report,
            Predicate<List<ReportView.Cell>> rowsWanted,
            String rowKey,
            String across,
            java.util.function.Function<List<ReportView.Cell>, String> heading,
            String figure,
            String extra,
            java.util.function.BiPredicate<String, String> marked) {
        int keyAt = index(report, rowKey);
        int acrossAt = index(report, across);
        int figureAt = index(report, figure);
        int extraAt = extra == null ? -1 : index(report, extra);
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (List<ReportView.Cell> row : report.rows()) {
            if (!rowsWanted.test(row)) {
                continue;
            }
            String name = row.get(keyAt).value();
            String key = row.get(acrossAt).value();
            columns.putIfAbsent(key, heading.apply(row));
            links.putIfAbsent(name, row.get(keyAt).link());
            labels.putIfAbsent(name, row.get(keyAt).text());
            ReportView.Cell shown = row.get(figureAt);
            cells.computeIfAbsent(name, n -> new LinkedHashMap<>())
                    .put(
                            key,
                            new Cell(
                                    shown.text(),
                                    shown.value(),
                                    extraAt < 0 ? "" : row.get(extraAt).value(),
                                    marked.test(name, key)));
        }
        List<Row> rows = new ArrayList<>();
        Row team = null;
        for (Map.Entry<String, Map<String, Cell>> entry : cells.entrySet()) {
            List<Cell> line = columns.keySet().stream()
                    .map(key -> entry.getValue().getOrDefault(key, new Cell("–", "", "", false)))
                    .toList();
            Row row = new Row(labels.get(entry.getKey()), links.get(entry.getKey()), line);
            if (entry.getKey().equals(se.syfte.reports.ReportContext.ALL)) {
                team = row;
            } else {
                rows.add(row);
            }
        }
        return new PivotGrid(List.copyOf(columns.values()), List.copyOf(rows), team);
    }

    /** The same grid with each row whose label names a link given one: a team's row leads to its own dashboard. */
    PivotGrid linked(java.util.function.Function<String, String> linkOfLabel) {
        return new PivotGrid(
                columns,
                rows.stream()
                        .map(row -> {
                            String link = linkOfLabel.apply(row.label());
                            return link == null ? row : new Row(row.label(), link, row.cells());
                        })
                        .toList(),
                team);
    }

    static int index(ReportView report, String column) {
        int index = report.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + report.title());
        }
        return index;
    }
}
