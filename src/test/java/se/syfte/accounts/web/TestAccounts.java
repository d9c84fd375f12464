package se.syfte.accounts.web;

import java.util.List;
import java.util.Optional;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.organisation.Organisation;

/** Accounts for tests of pages in other packages, signed in as Spring Security would have them. */
public final class TestAccounts {

    private TestAccounts() {}

    public static SignedInUser signedIn(Account account) {
        return new SignedInUser(account, "");
    }

    /** An account with its password already its own, so that every page is open to it. */
    public static Account create(
            AccountService accounts,
            se.syfte.accounts.db.AccountRepository repository,
            Organisation organisation,
            Role role,
            String salesperson) {
        return create(accounts, repository, organisation, role, salesperson, List.of());
    }

    /** The same, for a manager of the named teams. */
    public static Account create(
            AccountService accounts,
            se.syfte.accounts.db.AccountRepository repository,
            Organisation organisation,
            Role role,
            String salesperson,
            List<String> teams) {
        Account created = accounts.create(
                        organisation,
                        role.name().toLowerCase() + "-" + System.nanoTime() + "@" + organisation.code() + ".example",
                        role,
                        Optional.ofNullable(salesperson),
                        teams,
                        Optional.empty(),
                        "test")
                .account();
        repository.setPassword(organisation.id(), created.id(), "{noop}unused", false);
        return repository.find(organisation.id(), created.id()).orElseThrow();
    }

    /** A new organisation with one team, Team Syd, and one salesperson, Anna Åberg, signed in. */
    public record Anna(Organisation organisation, SignedInUser signedIn) {}

    public static Anna anna(org.springframework.context.ApplicationContext context, String code) {
        Organisation organisation = context.getBean(se.syfte.organisation.OrganisationService.class)
                .create(code + "-" + System.nanoTime(), "Anna AB");
        long team =
                context.getBean(se.syfte.organisation.db.TeamRepository.class).insert(organisation.id(), "Team Syd");
        context.getBean(se.syfte.organisation.db.SalespersonRepository.class)
                .insert(organisation.id(), team, "Anna Åberg", null);
        Account account = create(
                context.getBean(AccountService.class),
                context.getBean(se.syfte.accounts.db.AccountRepository.class),
                organisation,
                Role.SALESPERSON,
                "Anna Åberg");
        return new Anna(organisation, signedIn(account));
    }
}
