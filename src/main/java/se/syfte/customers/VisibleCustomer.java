package se.syfte.customers;

/** A customer as the reader may see it; {@code tier} (A, B or C) and {@code owner} (a salesperson's name) may be empty. */
public record VisibleCustomer(
        long id, String name, String orgNumber, String segment, String industry, String tier, String owner) {}
