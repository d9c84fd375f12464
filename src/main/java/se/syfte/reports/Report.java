package se.syfte.reports;

import java.util.List;

/**
 * A report: one table, or for coaching one section per finding; {@code structured} is what its
 * JSON form carries when a plain list of rows would not say it (the coaching summary), else null.
 */
public record Report(String name, List<ReportTable> sections, Object structured) {

    public static Report of(String name, ReportTable table) {
        return new Report(name, List.of(table), null);
    }
}
