package se.syfte.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.syfte.organisation.Salesperson;

/** Where a report cell leads: a customer to the customer page, a salesperson to their coaching page. */
public final class ReportLinks {

    private ReportLinks() {}

    /**
     * @param customerIds the organisation's customers' ids by name
     * @param people the salespeople the reader may see; others' names stay plain text
     */
    public static BiFunction<String, String, String> of(Map<String, Long> customerIds, Collection<Salesperson> people) {
        Map<String, Long> salespersonIds =
                people.stream().collect(Collectors.toMap(Salesperson::name, Salesperson::id, (a, b) -> a));
        return (column, value) -> switch (column) {
            case "customer" ->
                Optional.ofNullable(customerIds.get(value))
                        .map(id -> "/customers/" + id)
                        .orElse(null);
            case "salesperson" ->
                Optional.ofNullable(salespersonIds.get(value))
                        .map(id -> "/coaching/" + id)
                        .orElse(null);
            default -> null;
        };
    }
}
