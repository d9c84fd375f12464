package se.syfte.reports.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.organisation.Salesperson;

/** Where a report cell leads: a customer to the customer page, a salesperson to their coaching page. */
@Component
public class ReportLinks {

    private final CustomerRepository customers;

    ReportLinks(CustomerRepository customers) {
        this.customers = customers;
    }

    /** @param people the salespeople the reader may see; others' names stay plain text */
    public BiFunction<String, String, String> of(long orgId, Collection<Salesperson> people) {
        Map<String, Long> customerIds = customers.idsByName(orgId);
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
