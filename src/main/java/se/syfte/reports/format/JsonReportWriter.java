package se.syfte.reports.format;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import se.syfte.reports.Report;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON with typed values: {@code {"report": name, "rows": [{column: value, …}]}}, rates and
 * amounts as numbers with the CSV's rounding, "no value" as null. Coaching writes its structured
 * summary instead.
 */
final class JsonReportWriter extends TextReportWriter {

    @Override
    public String mediaType() {
        return "application/json";
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The writer belongs to the caller: the terminal, or a file it closes itself.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", report.name());
        if (report.structured() != null) {
            document.put("summary", report.structured());
        } else {
            document.put("rows", JsonRows.of(report.sections().get(0)));
        }
        JSON.writeValue(out, document);
        out.write("\n");
        out.flush();
    }
}
