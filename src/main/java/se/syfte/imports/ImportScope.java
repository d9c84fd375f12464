package se.syfte.imports;

import java.util.Optional;
import java.util.Set;
import se.syfte.organisation.Salesperson;

/**
 * Whose rows an import may hold: everyone's (an admin, or the command line, which has the
 * database itself), or the salespeople a manager manages — rows naming anyone else are rejected
 * as naming no known salesperson, and a manager imports no salespeople and no team targets.
 */
public record ImportScope(Optional<Set<Long>> salespeople) {

    public static final ImportScope WHOLE_ORGANISATION = new ImportScope(Optional.empty());

    public static ImportScope of(Set<Long> salespeople) {
        return new ImportScope(Optional.of(Set.copyOf(salespeople)));
    }

    boolean includes(Salesperson person) {
        return salespeople.map(ids -> ids.contains(person.id())).orElse(true);
    }

    boolean restricted() {
        return salespeople.isPresent();
    }
}
