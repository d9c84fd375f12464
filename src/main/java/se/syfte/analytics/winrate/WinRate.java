package se.syfte.analytics.winrate;

import java.math.BigDecimal;
import se.syfte.analytics.core.Ratio;

/**
 * Deals closed in the window (SPEC §3): won ÷ (won + lost), and by value won value ÷ (won +
 * lost value). {@code salespersonId} is the owner, empty for the team.
 */
public record WinRate(Long salespersonId, long won, long lost, BigDecimal wonValue, BigDecimal lostValue) {

    public Ratio rate() {
        return Ratio.of(won, won + lost);
    }

    public Ratio valueRate() {
        return Ratio.of(wonValue.doubleValue(), wonValue.add(lostValue).doubleValue());
    }

    public WinRate plus(WinRate other) {
        return new WinRate(
                null, won + other.won, lost + other.lost, wonValue.add(other.wonValue), lostValue.add(other.lostValue));
    }

    public static WinRate none(Long salespersonId) {
        return new WinRate(salespersonId, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
