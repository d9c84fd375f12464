package se.syfte.analytics.funnel;

import java.util.ArrayList;
import java.util.List;
import se.syfte.analytics.journeys.FunnelSteps;
import se.syfte.analytics.journeys.Journey;

/**
 * Progress rates of SPEC §3 for a set of journeys: from step k to the next step, and from the
 * last step to WON, journeys that reached the next ÷ journeys that reached k. An empty
 * denominator gives no value. Journeys are counted as they come, so a stream of them needs no
 * memory beyond the counts.
 */
public final class ProgressRates {

    private final FunnelSteps steps;
    private final List<Integer> stepList;
    private final long[] reached;
    private long won;

    public ProgressRates(FunnelSteps steps) {
        this.steps = steps;
        this.stepList = steps.steps();
        this.reached = new long[stepList.size()];
    }

    public static List<StepRate> of(FunnelSteps steps, Iterable<Journey> journeys) {
        ProgressRates rates = new ProgressRates(steps);
        journeys.forEach(rates::add);
        return rates.rates();
    }

    public void add(Journey journey) {
        for (int i = 0; i < stepList.size(); i++) {
            if (journey.reached(stepList.get(i))) {
                reached[i]++;
            }
        }
        if (journey.isWon()) {
            won++;
        }
    }

    /** Adds another set's counts: the same journeys counted together. */
    public void addAll(ProgressRates other) {
        for (int i = 0; i < reached.length; i++) {
            reached[i] += other.reached[i];
        }
        won += other.won;
    }

    public long journeys() {
        return reached.length == 0 ? won : reached[0];
    }

    public List<StepRate> rates() {
        List<StepRate> rates = new ArrayList<>();
        for (int i = 0; i < stepList.size(); i++) {
            boolean last = i == stepList.size() - 1;
            rates.add(new StepRate(
                    stepList.get(i),
                    last ? StepRate.WON : stepList.get(i + 1),
                    reached[i],
                    last ? won : reached[i + 1]));
        }
        return rates;
    }

    public FunnelSteps steps() {
        return steps;
    }
}
