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

    /** The same view with its first {@code count} rows only: a page lists the top of a long table. */
    public ReportView first(int count) {
        return rows.size() <= count ? this : new ReportView(title, headers, rows.subList(0, count));
    }
}
