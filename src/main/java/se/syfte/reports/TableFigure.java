package se.syfte.reports;

/** A figure that is one table worked out from the cut alone, as most reports of SPEC §4 are. */
public interface TableFigure extends Figure {

    ReportTable table(ReportContext context);

    @Override
    default Report run(ReportContext context) {
        return Report.of(name(), table(context));
    }
}
