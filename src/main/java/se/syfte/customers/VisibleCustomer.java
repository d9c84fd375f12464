package se.syfte.customers;

/** A customer as the reader may see it. */
public record VisibleCustomer(long id, String name, String orgNumber, String segment, String industry) {}
