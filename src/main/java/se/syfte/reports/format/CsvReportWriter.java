package se.syfte.reports.format;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import se.syfte.reports.Column;
import se.syfte.reports.Report;
import se.syfte.reports.ReportTable;

/**
 * CSV of SPEC §4: comma separated, a header row, one row per line. A report of several sections
 * (coaching) writes each under a {@code # title} line, separated by an empty line. Text that a
 * spreadsheet would run as a formula is neutralised.
 */
final class CsvReportWriter extends TextReportWriter {

    @Override
    public String mediaType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        boolean sections = report.sections().size() > 1;
        boolean first = true;
        for (ReportTable table : report.sections()) {
            if (sections) {
                out.write((first ? "" : "\n") + "# " + table.title() + "\n");
            }
            first = false;
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(new NonClosing(out));
            csv.writeRecord(table.columns().stream().map(Column::name).toList());
            for (var row : table.rows()) {
                String[] cells = new String[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = Cells.neutralised(table.columns().get(i), row.get(i));
                }
                csv.writeRecord(cells);
            }
            csv.flush();
        }
        out.flush();
    }

    /** The report's writer stays open for the next section. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
