package se.syfte.demo;

import java.util.List;
import se.syfte.accounts.AccountService;

/** What the demo command stored, and the demo's accounts with their one-time passwords. */
public record DemoSummary(
        String organisation,
        int teams,
        int salespeople,
        int customers,
        int visits,
        int deals,
        int orders,
        int targets,
        List<DemoAccount> accounts) {

    /** An account of the demo, and whom it sees: the manager's team, the salesperson it is. */
    public record DemoAccount(AccountService.NewAccount created, String team, String salesperson) {}
}
