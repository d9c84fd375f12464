package se.syfte.coaching.figures;

import java.util.List;
import se.syfte.reports.ReportTable;

/** The coaching report's sections, one per finding of the summary, in the order the report writes them. */
public record CoachingSections(
        ReportTable progress,
        ReportTable cycle,
        ReportTable bottleneck,
        ReportTable loops,
        ReportTable concentration,
        ReportTable timeSinks,
        ReportTable attainment,
        ReportTable questions) {

    public List<ReportTable> all() {
        return List.of(progress, cycle, bottleneck, loops, concentration, timeSinks, attainment, questions);
    }
}
