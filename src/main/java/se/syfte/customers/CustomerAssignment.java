package se.syfte.customers;

/**
 * A change of a customer's tier and owner (SPEC §5): a field left out (null) keeps what is stored,
 * an empty one clears it; a tier is A, B or C, an owner a salesperson's name.
 */
public record CustomerAssignment(String tier, String owner) {}
