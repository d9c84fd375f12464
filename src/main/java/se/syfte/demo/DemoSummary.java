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
        List<AccountService.NewAccount> accounts) {}
