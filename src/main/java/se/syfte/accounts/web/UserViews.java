package se.syfte.accounts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import se.syfte.accounts.Account;
import se.syfte.accounts.Role;
import se.syfte.analytics.core.NameOrder;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.Team;

/** Accounts as the users pages and the API show them: with the salesperson's and the teams' names. */
final class UserViews {

    /** One account as a person reads it. */
    record UserRow(
            long id,
            String email,
            String name,
            Role role,
            String salesperson,
            List<String> teams,
            boolean enabled,
            boolean mustChangePassword) {

        /** The bundle key of the account's state: disabled, active, or not yet signed in with its own password. */
        public String stateKey() {
            return !enabled
                    ? "users.state.disabled"
                    : mustChangePassword ? "users.state.firstSignIn" : "users.state.enabled";
        }
    }

    private final Map<Long, String> salespeople;
    private final Map<Long, String> teams;

    private UserViews(Map<Long, String> salespeople, Map<Long, String> teams) {
        this.salespeople = salespeople;
        this.teams = teams;
    }

    static UserViews of(OrganisationService organisations, long org) {
        return new UserViews(
                organisations.salespeople(org).stream().collect(Collectors.toMap(Salesperson::id, Salesperson::name)),
                organisations.teams(org).stream().collect(Collectors.toMap(Team::id, Team::name)));
    }

    List<UserRow> rows(List<Account> accounts) {
        return accounts.stream()
                .map(this::row)
                .sorted(Comparator.comparing(UserRow::name, NameOrder.SWEDISH).thenComparing(UserRow::email))
                .toList();
    }

    UserRow row(Account account) {
        return new UserRow(
                account.id(),
                account.email(),
                account.displayName(),
                account.role(),
                salespersonName(account),
                teamNames(account),
                account.enabled(),
                account.mustChangePassword());
    }

    String salespersonName(Account account) {
        return account.salespersonId() == null ? "" : salespeople.getOrDefault(account.salespersonId(), "");
    }

    List<String> teamNames(Account account) {
        return NameOrder.SWEDISH.sorted(
                account.teamIds().stream().map(teams::get).toList(), Function.identity());
    }

    /** The form's choices: the roles, the salespeople and the teams, in Swedish name order. */
    void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("salespersonNames", NameOrder.SWEDISH.sorted(salespeople.values(), Function.identity()));
        model.addAttribute("teamNames", NameOrder.SWEDISH.sorted(teams.values(), Function.identity()));
    }
}
