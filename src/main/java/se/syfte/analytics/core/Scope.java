package se.syfte.analytics.core;

import java.util.Set;

/**
 * What a figure may look at: one organisation, and within it the salespeople whose visits,
 * deals and orders the caller may see. Every query takes both.
 */
public record Scope(long orgId, Set<Long> salespeople) {

    public Scope {
        salespeople = Set.copyOf(salespeople);
    }

    public boolean includes(long salespersonId) {
        return salespeople.contains(salespersonId);
    }

    /** The same organisation narrowed to some of its visible salespeople. */
    public Scope narrowedTo(Set<Long> chosen) {
        return new Scope(
                orgId, chosen.stream().filter(salespeople::contains).collect(java.util.stream.Collectors.toSet()));
    }
}
