package se.syfte.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.attainment.db.AttainmentQuery;
import se.syfte.analytics.core.WorkingDays;
import se.syfte.analytics.winrate.CycleLengths;
import se.syfte.analytics.winrate.WinRate;
import se.syfte.analytics.winrate.db.WinRateQuery;
import se.syfte.organisation.Team;

/** The reports of results: win rates of closed deals, and attainment of visit targets. */
@Component
class ResultReports {

    private final WinRateQuery winRates;
    private final AttainmentQuery attainment;
    private final WorkingDays workingDays;

    ResultReports(WinRateQuery winRates, AttainmentQuery attainment, WorkingDays workingDays) {
        this.winRates = winRates;
        this.attainment = attainment;
        this.workingDays = workingDays;
    }

    ReportTable winrate(ReportContext context) {
        Map<Long, WinRate> byOwner = new HashMap<>();
        winRates.run(context.scope(), context.window()).forEach(rate -> byOwner.put(rate.salespersonId(), rate));
        Map<Long, List<Long>> cycleDays = new HashMap<>();
        winRates.wonDealDays(context.scope(), context.window())
                .forEach(deal -> cycleDays
                        .computeIfAbsent(deal.getKey(), id -> new ArrayList<>())
                        .add(deal.getValue()));
        ReportTable.Builder table = ReportTable.builder(
                "winrate",
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

    List<Attainment> attainmentOf(ReportContext context) {
        return attainment.run(context.scope(), context.window());
    }

    ReportTable attainment(ReportContext context, List<Team> teams) {
        Map<Long, String> teamNames = new HashMap<>();
        teams.forEach(team -> teamNames.put(team.id(), team.name()));
        ReportTable.Builder table = ReportTable.builder(
                "attainment",
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.text("period"),
                Column.integer("target"),
                Column.integer("actual"),
                Column.rate("attainment"),
                Column.rate("pace"),
                Column.text("team"));
        LocalDate asOf = context.window().to();
        attainmentOf(context).stream()
                .filter(a -> a.salespersonId() != null || context.teamRow())
                .sorted(Comparator.comparing((Attainment a) -> a.salespersonId() == null)
                        .thenComparing(
                                a -> a.salespersonId() == null
                                        ? teamNames.getOrDefault(a.teamId(), "")
                                        : context.nameOf(a.salespersonId()),
                                ReportContext.names())
                        .thenComparingInt(a -> context.purposeRank(a.purposeCode()))
                        .thenComparing(Attainment::periodStart))
                .forEach(a -> table.row(
                        a.salespersonId() == null ? ReportContext.ALL : context.nameOf(a.salespersonId()),
                        a.purposeCode(),
                        a.period().label(a.periodStart()),
                        a.target(),
                        a.actual(),
                        a.attainment(),
                        a.pace(workingDays, asOf),
                        a.teamId() != null
                                ? teamNames.getOrDefault(a.teamId(), "")
                                : teamNames.getOrDefault(
                                        context.salespeople()
                                                .get(a.salespersonId())
                                                .teamId(),
                                        "")));
        return table.build();
    }
}
