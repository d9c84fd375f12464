package se.syfte.analytics.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.syfte.analytics.journeys.FunnelVisit;
import se.syfte.analytics.journeys.Journey;
import se.syfte.analytics.journeys.JourneyWalker;
import se.syfte.analytics.journeys.WinEvent;
import se.syfte.visits.VisitStatus;

/** Every scenario's journeys, walked by the pure rules in memory: no database. */
class ScenarioRulesTests {

    @TestFactory
    Stream<DynamicTest> journeysOfEveryScenarioFollowTheRules() {
        return Scenario.all().stream()
                .filter(scenario -> !scenario.journeys().isEmpty())
                .map(scenario -> DynamicTest.dynamicTest(scenario.toString(), () -> {
                    Map<String, Long> ids = new HashMap<>();
                    Map<Long, String> names = new HashMap<>();
                    Map<String, Integer> steps = ScenarioPurposes.funnelSteps(scenario);
                    List<FunnelVisit> visits = new ArrayList<>();
                    for (List<String> visit : scenario.visits()) {
                        Integer step = steps.get(visit.get(3));
                        // Every figure of SPEC §3 counts held visits only (SPEC §5).
                        if (step != null && Scenario.status(visit) == VisitStatus.HELD) {
                            visits.add(new FunnelVisit(
                                    id(ids, names, visit.get(1)),
                                    id(ids, names, visit.get(2)),
                                    LocalDate.parse(visit.get(0)),
                                    step));
                        }
                    }
                    List<WinEvent> wins = new ArrayList<>();
                    for (List<String> order : scenario.orders()) {
                        if (new BigDecimal(order.get(2)).signum() > 0) {
                            wins.add(new WinEvent(id(ids, names, order.get(1)), LocalDate.parse(order.get(0))));
                        }
                    }
                    for (List<String> deal : scenario.deals()) {
                        if (deal.get(4).equals("WON")) {
                            wins.add(new WinEvent(id(ids, names, deal.get(1)), LocalDate.parse(deal.get(5))));
                        }
                    }
                    int highest = steps.values().stream()
                            .mapToInt(Integer::intValue)
                            .max()
                            .orElse(0);
                    List<Journey> journeys =
                            JourneyWalker.walk(scenario.settings(), scenario.window(), highest, visits, wins);

                    assertThat(ScenarioJourneys.written(journeys, names::get, names::get))
                            .containsExactlyElementsOf(ScenarioJourneys.sorted(scenario.journeys()));
                }));
    }

    private static long id(Map<String, Long> ids, Map<Long, String> names, String name) {
        return ids.computeIfAbsent(name, key -> {
            long id = ids.size() + 1L;
            names.put(id, key);
            return id;
        });
    }
}
