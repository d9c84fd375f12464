package se.syfte.analytics.attainment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.syfte.analytics.core.Ratio;
import se.syfte.analytics.core.WorkingDays;

/**
 * Attainment over a whole window (docs/metrics.md): per salesperson (or team) and purpose, the
 * targets of the periods inside the window summed against the visits held in them; pace is the
 * held visits ÷ the visits due so far — each target × the elapsed share of its period's working
 * days. While less than one targeted visit is due, neither says anything yet: both are empty,
 * "too early to judge", instead of 0 % or an unbounded pace.
 */
public record WindowAttainment(
        Long salespersonId, Long teamId, String purposeCode, long target, long actual, double due) {

    public Ratio attainment() {
        return tooEarly() ? Ratio.of(0, 0) : Ratio.of(actual, target);
    }

    public Ratio pace() {
        return tooEarly() ? Ratio.of(0, 0) : Ratio.of(actual, due);
    }

    /** This row with {@code more}'s targets, visits and visits due added: whose and which purpose stay this row's. */
    public WindowAttainment plus(WindowAttainment more) {
        return new WindowAttainment(
                salespersonId, teamId, purposeCode, target + more.target, actual + more.actual, due + more.due);
    }

    /** Less than one of the targeted visits due yet. */
    public boolean tooEarly() {
        return due < 1;
    }

    /** The rows of the periods summed per salesperson or team and purpose, as of {@code asOf}. */
    public static List<WindowAttainment> of(List<Attainment> rows, WorkingDays workingDays, LocalDate asOf) {
        Map<List<Object>, WindowAttainment> sums = new LinkedHashMap<>();
        for (Attainment row : rows) {
            List<Object> key = java.util.Arrays.asList(row.salespersonId(), row.teamId(), row.purposeCode());
            double due = due(row, workingDays, asOf);
            sums.merge(
                    key,
                    new WindowAttainment(
                            row.salespersonId(), row.teamId(), row.purposeCode(), row.target(), row.actual(), due),
                    WindowAttainment::plus);
        }
        return new ArrayList<>(sums.values());
    }

    private static double due(Attainment row, WorkingDays workingDays, LocalDate asOf) {
        LocalDate end = row.period().next(row.periodStart());
        LocalDate elapsedTo = asOf.isBefore(end) ? asOf : end;
        int all = workingDays.between(row.periodStart(), end);
        int elapsed = elapsedTo.isAfter(row.periodStart()) ? workingDays.between(row.periodStart(), elapsedTo) : 0;
        return all == 0 ? 0 : row.target() * (double) elapsed / all;
    }
}
