package se.syfte.reports.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import se.syfte.reports.Report;

/**
 * A format that is text: written as UTF-8 to bytes, or straight to a writer that already has its
 * character set, such as the terminal's.
 */
public abstract class TextReportWriter implements ReportWriter {

    TextReportWriter() {}

    public abstract void write(Report report, Writer out) throws IOException;

    @Override
    public final void write(Report report, OutputStream out) throws IOException {
        // The stream belongs to the caller, who closes it; the text writer is only flushed.
        Writer text = new OutputStreamWriter(new KeptOpen(out), StandardCharsets.UTF_8);
        write(report, text);
        text.flush();
    }
}
