package se.syfte.analytics.scenarios;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import se.syfte.analytics.journeys.Journey;

/** Journeys written as a scenario writes them: salesperson | customer | start | last | max step | outcome | won on. */
final class ScenarioJourneys {

    private ScenarioJourneys() {}

    static List<String> written(
            List<Journey> journeys, Function<Long, String> salespeople, Function<Long, String> customers) {
        return sorted(journeys.stream()
                .map(j -> String.join(
                        " | ",
                        salespeople.apply(j.salespersonId()),
                        customers.apply(j.customerId()),
                        j.start().toString(),
                        j.last().toString(),
                        String.valueOf(j.maxStep()),
                        j.outcome().name(),
                        j.wonOn().map(Object::toString).orElse("-")))
                .toList());
    }

    static List<String> sorted(List<String> journeys) {
        return journeys.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
