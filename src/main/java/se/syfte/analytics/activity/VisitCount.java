package se.syfte.analytics.activity;

/** Visits and hours of one salesperson with one purpose; {@code purposeCode} is empty for unclassified visits. */
public record VisitCount(long salespersonId, String purposeCode, long visits, double hours) {}
