package se.syfte.web;

import java.util.List;

/**
 * A report table as a page shows it: headers and cells in the reader's language, each cell keeping
 * its plain value (dot decimals, ISO dates) so a chart can be drawn from the very table a screen
 * reader reads.
 */
public record ReportView(String title, List<Header> headers, List<List<Cell>> rows) {

    public record Header(String key, String label, boolean number) {}

    /**
     * @param value the plain value for charts, empty when the cell has none
     * @param link where the cell leads (a customer or coaching page), or null
     */
    public record Cell(String text, String value, boolean number, String link) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The same view with its first {@code count} rows only, and every row whose {@code column} holds
     * {@code kept} (the team's, which a chart draws): a page lists the top of a long table.
     */
    public ReportView first(int count, String column, String kept) {
        if (rows.size() <= count) {
            return this;
        }
        int index = indexOf(column);
        List<List<Cell>> listed = new java.util.ArrayList<>(rows.subList(0, count));
        if (index >= 0) {
            rows.subList(count, rows.size()).stream()
                    .filter(row -> row.get(index).value().equals(kept))
                    .forEach(listed::add);
        }
        return new ReportView(title, headers, listed);
    }

    /** Where the column of this key is, or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).key().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The rows whose {@code column} holds {@code value}. */
    public ReportView where(String column, String value) {
        int index = indexOf(column);
        return index < 0
                ? this
                : new ReportView(
                        title,
                        headers,
                        rows.stream()
                                .filter(row -> row.get(index).value().equals(value))
                                .toList());
    }
}
