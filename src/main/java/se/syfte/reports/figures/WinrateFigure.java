package se.syfte.reports.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.syfte.analytics.winrate.CycleLengths;
import se.syfte.analytics.winrate.WinRate;
import se.syfte.analytics.winrate.db.WinRateQuery;
import se.syfte.reports.Column;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;
import se.syfte.reports.TableFigure;

/** Win rates of the deals closed in the window, by count and by value, with the deal cycle (SPEC §3). */
@Component
@Order(80)
public class WinrateFigure implements TableFigure {

    private final WinRateQuery winRates;

    WinrateFigure(WinRateQuery winRates) {
        this.winRates = winRates;
    }

    @Override
    public List<String> columns() {
        return List.of(
                "salesperson",
                "won",
                "lost",
                "win_rate",
                "won_value",
                "lost_value",
                "value_win_rate",
                "deal_cycle_days");
    }

    @Override
    public ReportTable table(ReportContext context) {
        Map<Long, WinRate> byOwner = new HashMap<>();
        winRates.run(context.scope(), context.window()).forEach(rate -> byOwner.put(rate.salespersonId(), rate));
        Map<Long, List<Long>> cycleDays = new HashMap<>();
        winRates.wonDealDays(context.scope(), context.window())
                .forEach(deal -> cycleDays
                        .computeIfAbsent(deal.getKey(), id -> new ArrayList<>())
                        .add(deal.getValue()));
        ReportTable.Builder table = ReportTable.builder(
                name(),
                Column.text("salesperson"),
                Column.integer("won"),
                Column.integer("lost"),
                Column.rate("win_rate"),
                Column.amount("won_value"),
                Column.amount("lost_value"),
                Column.rate("value_win_rate"),
                Column.days("deal_cycle_days"));
        WinRate team = WinRate.none(null);
        List<Long> teamDays = new ArrayList<>();
        for (long salesperson : context.salespeopleInOrder()) {
            WinRate rate = byOwner.getOrDefault(salesperson, WinRate.none(salesperson));
            List<Long> days = cycleDays.getOrDefault(salesperson, List.of());
            team = team.plus(rate);
            teamDays.addAll(days);
            addRate(table, context.nameOf(salesperson), rate, days);
        }
        if (context.teamRow()) {
            addRate(table, ReportContext.ALL, team, teamDays);
        }
        return table.build();
    }

    private static void addRate(ReportTable.Builder table, String who, WinRate rate, List<Long> cycleDays) {
        table.row(
                who,
                rate.won(),
                rate.lost(),
                rate.rate(),
                rate.wonValue(),
                rate.lostValue(),
                rate.valueRate(),
                CycleLengths.ofDeals(cycleDays));
    }
}
