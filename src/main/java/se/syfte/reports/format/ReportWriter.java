package se.syfte.reports.format;

import java.io.IOException;
import java.io.Writer;
import se.syfte.reports.Report;

/** Writes a report in one format. */
public interface ReportWriter {

    void write(Report report, Writer out) throws IOException;

    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case TABLE -> new TableReportWriter();
            case CSV -> new CsvReportWriter();
            case JSON -> new JsonReportWriter();
        };
    }
}
