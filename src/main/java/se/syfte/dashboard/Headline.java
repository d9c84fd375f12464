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
public record Headline(
        Money money, WindowAttainment total, List<WindowAttainment> byPurpose, Ratio timeSinkShare, int loops) {

    /** Orders and deals of the cut in the window. */
    public record Money(BigDecimal orderIntake, BigDecimal wonValue, long won, long lost, BigDecimal pipeline) {}

    /**
     * From the cut's salespeople's attainment over the window, summed in all (no purpose) and per
     * purpose that has targets, in the order of {@code purposes}; team targets are not added in again.
     */
    public static Headline of(
            Money money, List<WindowAttainment> window, List<String> purposes, Ratio timeSinkShare, int loops) {
        WindowAttainment total = none(null);
        Map<String, WindowAttainment> byPurpose = new LinkedHashMap<>();
        purposes.forEach(code -> byPurpose.put(code, none(code)));
        for (WindowAttainment row : window) {
            if (row.salespersonId() != null) {
                total = total.plus(row);
                byPurpose.merge(row.purposeCode(), none(row.purposeCode()).plus(row), WindowAttainment::plus);
            }
        }
        List<WindowAttainment> targeted =
                byPurpose.values().stream().filter(sum -> sum.target() > 0).toList();
        return new Headline(money, total, targeted, timeSinkShare, loops);
    }

    /** No targets and no visits, for the purpose (none: all purposes). */
    public static WindowAttainment none(String purposeCode) {
        return new WindowAttainment(null, null, purposeCode, 0, 0, 0);
    }

    public Ratio winRate() {
        return Ratio.of(money.won(), money.won() + money.lost());
    }
}
