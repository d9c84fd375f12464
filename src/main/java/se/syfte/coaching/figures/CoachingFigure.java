package se.syfte.coaching.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.reports.Figure;
import se.syfte.reports.Report;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.format.JsonRows;

/** The coaching report: the summary of SPEC §3 for one salesperson, a section per finding. */
@Component
@Order(100)
class CoachingFigure implements Figure {

    private final CoachingService coaching;

    CoachingFigure(CoachingService coaching) {
        this.coaching = coaching;
    }

    @Override
    public List<String> columns() {
        return List.of(
                "progress", "cycle", "bottleneck", "loops", "concentration", "time_sinks", "attainment", "questions");
    }

    @Override
    public boolean forOneSalesperson() {
        return true;
    }

    @Override
    public Report run(ReportContext context) {
        List<ReportTable> sections = coaching.sections(context).all();
        return new Report(name(), sections, structured(context, sections));
    }

    /** The summary as JSON: one key per section, a single object for one-row sections, questions as text. */
    private static Map<String, Object> structured(ReportContext context, List<ReportTable> sections) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("salesperson", context.single().orElseThrow().name());
        json.put("from", context.window().from().toString());
        json.put("to", context.window().to().toString());
        for (ReportTable section : sections) {
            List<Map<String, Object>> rows = JsonRows.of(section);
            json.put(
                    section.title(),
                    switch (section.title()) {
                        case "questions" ->
                            section.rows().stream().map(row -> row.get(0)).toList();
                        case "bottleneck", "cycle" -> rows.isEmpty() ? null : rows.get(0);
                        default -> rows;
                    });
        }
        return json;
    }
}
