package se.syfte.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.syfte.analytics.funnel.ProgressRates;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;
import se.syfte.analytics.journeys.JourneyWalker;
import se.syfte.analytics.journeys.db.JourneyInputQuery;

/** Walks the cut's journeys once and keeps what a report needs of the window's journeys. */
@Component
public class JourneyFigures {

    private final JourneyInputQuery input;

    JourneyFigures(JourneyInputQuery input) {
        this.input = input;
    }

    /** Progress counts per salesperson, counting the journeys as they stream past. */
    public Map<Long, ProgressRates> ratesBySalesperson(ReportContext context) {
        FunnelSteps steps = context.funnelSteps();
        Map<Long, ProgressRates> rates = new HashMap<>();
        walk(
                context,
                journey -> rates.computeIfAbsent(journey.salespersonId(), id -> new ProgressRates(steps))
                        .add(journey));
        return rates;
    }

    /** The window's journeys per salesperson, for figures that look at each journey's dates. */
    public Map<Long, List<Journey>> journeysBySalesperson(ReportContext context) {
        Map<Long, List<Journey>> journeys = new HashMap<>();
        walk(
                context,
                journey -> journeys.computeIfAbsent(journey.salespersonId(), id -> new ArrayList<>())
                        .add(journey));
        return journeys;
    }

    /** The window's journeys of one customer, walked from its own visits and win events alone. */
    public List<Journey> journeysOfCustomer(ReportContext context, long customerId) {
        List<Journey> journeys = new ArrayList<>();
        input.walkCustomer(context.scope(), context.window(), customerId, walker(context, journeys::add));
        return journeys;
    }

    private void walk(ReportContext context, java.util.function.Consumer<Journey> windowJourneys) {
        input.walk(context.scope(), context.window(), walker(context, windowJourneys));
    }

    private static JourneyWalker walker(ReportContext context, java.util.function.Consumer<Journey> windowJourneys) {
        FunnelSteps steps = context.funnelSteps();
        return new JourneyWalker(context.settings(), context.window(), steps.highest(), journey -> {
            if (context.window().contains(journey.start())) {
                windowJourneys.accept(journey);
            }
        });
    }
}
