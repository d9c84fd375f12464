package se.syfte.analytics.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The steps of an organisation's funnel, from its FUNNEL purposes (SPEC §2). Several purposes
 * may share a step; a step is named by its purposes' codes joined by {@code |}. After the
 * highest step comes WON.
 */
public final class FunnelSteps {

    public static final String WON = "WON";

    private final TreeMap<Integer, String> labels = new TreeMap<>();

    /** @param codesByStep purpose codes per step, e.g. {1: [PRESENTATION], 2: [QUOTE, OFFER]} */
    public FunnelSteps(Map<Integer, ? extends Iterable<String>> codesByStep) {
        codesByStep.forEach((step, codes) -> {
            TreeSet<String> sorted = new TreeSet<>();
            codes.forEach(sorted::add);
            labels.put(step, String.join("|", sorted));
        });
    }

    public List<Integer> steps() {
        return new ArrayList<>(labels.keySet());
    }

    public int highest() {
        return labels.isEmpty() ? 0 : labels.lastKey();
    }

    public String label(int step) {
        String label = labels.get(step);
        if (label == null) {
            throw new IllegalArgumentException("no funnel step " + step);
        }
        return label;
    }

    /** The step after {@code step}, or empty when WON comes next. */
    public java.util.OptionalInt next(int step) {
        Integer higher = labels.higherKey(step);
        return higher == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(higher);
    }
}
