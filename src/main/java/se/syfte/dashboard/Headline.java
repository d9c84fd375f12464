package se.syfte.dashboard;

import java.math.BigDecimal;
import java.util.List;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.core.Ratio;

/**
 * The first things a manager asks of a period (docs/metrics.md): what came in, what was won and
 * at what rate, what is still open, whether the visits that were set as targets were made, how
 * much time went to customers that yield nothing, and how many loops there are.
 */
public record Headline(Money money, long heldAgainstTargets, long targets, Ratio timeSinkShare, int loops) {

    /** Orders and deals of the cut in the window. */
    public record Money(BigDecimal orderIntake, BigDecimal wonValue, long won, long lost, BigDecimal pipeline) {}

    /** From the cut's salespeople's attainment rows; team targets are not added in again. */
    public static Headline of(Money money, List<Attainment> attainment, Ratio timeSinkShare, int loops) {
        long held = 0;
        long targets = 0;
        for (Attainment row : attainment) {
            if (row.salespersonId() != null) {
                held += row.actual();
                targets += row.target();
            }
        }
        return new Headline(money, held, targets, timeSinkShare, loops);
    }

    public Ratio winRate() {
        return Ratio.of(money.won(), money.won() + money.lost());
    }

    public Ratio attainment() {
        return Ratio.of(heldAgainstTargets, targets);
    }
}
