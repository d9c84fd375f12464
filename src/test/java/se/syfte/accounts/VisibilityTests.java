package se.syfte.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.syfte.organisation.Salesperson;

class VisibilityTests {

    private static final List<Salesperson> ORGANISATION = List.of(
            new Salesperson(1, 10, "Anna", null),
            new Salesperson(2, 10, "Bo", null),
            new Salesperson(3, 20, "Cecilia", null));

    @Test
    void anAdminSeesEveryoneAManagerTheirTeamsAndASalespersonThemselves() {
        assertThat(Visibility.salespeople(account(Role.ADMIN, null, Set.of()), ORGANISATION))
                .containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(Visibility.salespeople(account(Role.MANAGER, null, Set.of(10L)), ORGANISATION))
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(Visibility.salespeople(account(Role.SALESPERSON, 2L, Set.of()), ORGANISATION))
                .containsExactly(2L);
    }

    @Test
    void aManagerOfNoTeamSeesNoOne() {
        assertThat(Visibility.salespeople(account(Role.MANAGER, null, Set.of()), ORGANISATION))
                .isEmpty();
    }

    @Test
    void aSalespersonsAccountMustNameTheSalesperson() {
        assertThatThrownBy(() -> account(Role.SALESPERSON, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Account account(Role role, Long salesperson, Set<Long> teams) {
        return new Account(1, 1, "x@example.se", "X", role, salesperson, teams, true, false, 0);
    }
}
