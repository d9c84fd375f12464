package se.syfte.visits;

/** A visit with its id, and the names a person reads it by. */
public record StoredVisit(long id, Visit visit, String salesperson, String customer, String purposeCode) {}
