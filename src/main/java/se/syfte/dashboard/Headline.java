package se.syfte.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.syfte.analytics.attainment.WindowAttainment;
import se.syfte.analytics.core.Ratio;

/**
 * The first things a manager asks of a period (docs/metrics.md): what came in, what was won and
 * at what rate, what is still open, whether the visits that were set as targets were made — in
 * all and per purpose, with the pace so far — how much time went to customers that yield
 * nothing, and how many loops there are.
 */
public record Headline(Money money, Held total, List<Held> byPurpose, Ratio timeSinkShare, int loops) {

    /** Orders and deals of the cut in the window. */
    public record Money(BigDecimal orderIntake, BigDecimal wonValue, long won, long lost, BigDecimal pipeline) {}

    /**
     * Visits held against the targets of one purpose (or of all, {@code purposeCode} null) and
     * the visits due so far by the working days; judged as {@link WindowAttainment} judges one row.
     */
    public record Held(String purposeCode, long held, long targets, double due) {

        public WindowAttainment asAttainment() {
            return new WindowAttainment(null, null, purposeCode, targets, held, due);
        }

        public Ratio attainment() {
            return asAttainment().attainment();
        }

        public Ratio pace() {
            return asAttainment().pace();
        }

        public boolean tooEarly() {
            return asAttainment().tooEarly();
        }

        Held plus(WindowAttainment row) {
            return new Held(purposeCode, held + row.actual(), targets + row.target(), due + row.due());
        }
    }

    /**
     * From the cut's salespeople's attainment over the window, in the order of {@code purposes};
     * team targets are not added in again.
     */
    public static Headline of(
            Money money, List<WindowAttainment> window, List<String> purposes, Ratio timeSinkShare, int loops) {
        Held total = new Held(null, 0, 0, 0);
        Map<String, Held> byPurpose = new LinkedHashMap<>();
        purposes.forEach(code -> byPurpose.put(code, new Held(code, 0, 0, 0)));
        for (WindowAttainment row : window) {
            if (row.salespersonId() != null) {
                total = total.plus(row);
                byPurpose.compute(
                        row.purposeCode(), (code, sum) -> (sum == null ? new Held(code, 0, 0, 0) : sum).plus(row));
            }
        }
        List<Held> targeted =
                byPurpose.values().stream().filter(held -> held.targets() > 0).toList();
        return new Headline(money, total, targeted, timeSinkShare, loops);
    }

    public Ratio winRate() {
        return Ratio.of(money.won(), money.won() + money.lost());
    }
}
