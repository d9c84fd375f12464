package se.syfte.reports.format;

import java.io.IOException;
import java.io.OutputStream;
import se.syfte.reports.Report;

/**
 * Writes a report in one format to bytes: text formats choose their character set, and formats
 * that are not text (a workbook, a document) write their own bytes beside them.
 */
public interface ReportWriter {

    void write(Report report, OutputStream out) throws IOException;

    /** The media type of what {@link #write} gives, for an HTTP response. */
    String mediaType();

    /** A writer of a format whose headings are SPEC §4's column names. */
    static ReportWriter of(ReportFormat format) {
        return of(format, key -> null);
    }

    /**
     * @param words a message key in the reader's language, or null: a workbook is headed in the
     *     reader's words, the text formats keep SPEC §4's column names
     */
    static ReportWriter of(ReportFormat format, java.util.function.UnaryOperator<String> words) {
        return switch (format) {
            case TABLE -> new TableReportWriter();
            case CSV -> new CsvReportWriter();
            case JSON -> new JsonReportWriter();
            case XLSX -> new XlsxReportWriter(words);
        };
    }
}
