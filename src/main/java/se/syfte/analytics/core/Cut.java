package se.syfte.analytics.core;

import java.util.Set;

/**
 * Whose figures: one salesperson, a team, or everyone in scope. {@code salespeople} are the ids
 * the figures aggregate; "team" figures aggregate the same rows, they are not averages.
 */
public record Cut(String label, Set<Long> salespeople) {

    public Cut {
        salespeople = Set.copyOf(salespeople);
    }
}
