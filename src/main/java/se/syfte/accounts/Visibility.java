package se.syfte.accounts;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import se.syfte.organisation.Salesperson;

/**
 * Whose figures an account may see: an admin everyone's in the organisation, a manager the
 * salespeople of the teams they manage, a salesperson their own. Every query takes this set.
 */
public final class Visibility {

    private Visibility() {}

    public static Set<Long> salespeople(Account account, Collection<Salesperson> organisation) {
        return organisation.stream()
                .filter(person -> sees(account, person))
                .map(Salesperson::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean sees(Account account, Salesperson person) {
        return switch (account.role()) {
            case ADMIN -> true;
            case MANAGER -> account.teamIds().contains(person.teamId());
            case SALESPERSON -> account.salespersonId() == person.id();
        };
    }
}
