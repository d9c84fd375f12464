package se.syfte.analytics.funnel;

import java.util.ArrayList;
import java.util.List;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;

/**
 * Progress rates of SPEC §3 for a set of journeys: from step k to the next step, and from the
 * last step to WON, journeys that reached the next ÷ journeys that reached k. An empty
 * denominator gives no value.
 */
public final class ProgressRates {

    private ProgressRates() {}

    public static List<StepRate> of(FunnelSteps steps, Iterable<Journey> journeys) {
        List<Integer> stepList = steps.steps();
        long[] reached = new long[stepList.size()];
        long won = 0;
        for (Journey journey : journeys) {
            for (int i = 0; i < stepList.size(); i++) {
                if (journey.reached(stepList.get(i))) {
                    reached[i]++;
                }
            }
            if (journey.isWon()) {
                won++;
            }
        }
        List<StepRate> rates = new ArrayList<>();
        for (int i = 0; i < stepList.size(); i++) {
            boolean last = i == stepList.size() - 1;
            rates.add(new StepRate(
                    stepList.get(i), last ? StepRate.WON : stepList.get(i + 1), reached[i], last ? won : reached[i + 1]));
        }
        return rates;
    }
}
