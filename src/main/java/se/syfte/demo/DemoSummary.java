package se.syfte.demo;

/** What the demo command stored. */
public record DemoSummary(
        String organisation,
        int teams,
        int salespeople,
        int customers,
        int visits,
        int deals,
        int orders,
        int targets) {}
