package se.syfte.analytics.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.syfte.purposes.DefaultPurposes;
import se.syfte.purposes.PurposeKind;

/** A scenario's purposes: its own list ({@code CODE | FUNNEL | step} or {@code CODE | CARE}), else the default set. */
final class ScenarioPurposes {

    private ScenarioPurposes() {}

    static Map<String, Integer> funnelSteps(Scenario scenario) {
        Map<String, Integer> steps = new HashMap<>();
        if (scenario.purposes().isEmpty()) {
            DefaultPurposes.ALL.stream()
                    .filter(p -> p.kind() == PurposeKind.FUNNEL)
                    .forEach(p -> steps.put(p.code(), p.step()));
        } else {
            for (List<String> purpose : scenario.purposes()) {
                if (purpose.get(1).equals("FUNNEL")) {
                    steps.put(purpose.get(0), Integer.parseInt(purpose.get(2)));
                }
            }
        }
        return steps;
    }
}
