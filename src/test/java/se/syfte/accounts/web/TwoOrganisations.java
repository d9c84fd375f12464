package se.syfte.accounts.web;

import java.util.List;
import java.util.Optional;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;

/**
 * Organisation A with two teams (North: Anna and Bo; South: Cecilia) and an admin, a manager of
 * North and Anna's own account; organisation B with Dan and its admin. Passwords are set, not
 * one-time, so that the accounts may use every page.
 */
final class TwoOrganisations {

    static final String PASSWORD = "a long enough password";

    final Organisation a;
    final Organisation b;
    final long anna;
    final long bo;
    final long cecilia;
    final long dan;
    final Account admin;
    final Account manager;
    final Account salesperson;
    final Account otherAdmin;
    final Account otherSalesperson;

    TwoOrganisations(org.springframework.context.ApplicationContext context) {
        OrganisationService organisations = context.getBean(OrganisationService.class);
        TeamRepository teams = context.getBean(TeamRepository.class);
        SalespersonRepository salespeople = context.getBean(SalespersonRepository.class);
        AccountService accounts = context.getBean(AccountService.class);
        AccountRepository repository = context.getBean(AccountRepository.class);
        org.springframework.security.crypto.password.PasswordEncoder passwords =
                context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
        String suffix = Long.toString(System.nanoTime());
        a = organisations.create("a-" + suffix, "A AB");
        b = organisations.create("b-" + suffix, "B AB");
        long north = teams.insert(a.id(), "North");
        long south = teams.insert(a.id(), "South");
        long west = teams.insert(b.id(), "West");
        anna = salespeople.insert(a.id(), north, "Anna", null);
        bo = salespeople.insert(a.id(), north, "Bo", null);
        cecilia = salespeople.insert(a.id(), south, "Cecilia", null);
        dan = salespeople.insert(b.id(), west, "Dan", null);
        String hash = passwords.encode(PASSWORD);
        admin = account(accounts, repository, hash, a, "admin", Role.ADMIN, null, List.of(), suffix);
        manager = account(accounts, repository, hash, a, "manager", Role.MANAGER, null, List.of("North"), suffix);
        salesperson = account(accounts, repository, hash, a, "anna", Role.SALESPERSON, "Anna", List.of(), suffix);
        otherAdmin = account(accounts, repository, hash, b, "admin", Role.ADMIN, null, List.of(), suffix);
        otherSalesperson = account(accounts, repository, hash, b, "dan", Role.SALESPERSON, "Dan", List.of(), suffix);
    }

    private static Account account(
            AccountService accounts,
            AccountRepository repository,
            String hash,
            Organisation organisation,
            String name,
            Role role,
            String salesperson,
            List<String> teams,
            String suffix) {
        Account created = accounts.create(
                        organisation,
                        name + "-" + suffix + "@" + organisation.code() + ".example",
                        role,
                        Optional.ofNullable(salesperson),
                        teams,
                        Optional.empty(),
                        "test")
                .account();
        repository.setPassword(organisation.id(), created.id(), hash, false);
        return repository.find(organisation.id(), created.id()).orElseThrow();
    }

    static SignedInUser signedIn(Account account) {
        return new SignedInUser(account, "");
    }
}
