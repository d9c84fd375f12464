package se.syfte.analytics.activity;

import java.time.LocalDate;

/** Visits and hours of a salesperson with a purpose in a period; {@code purposeCode} empty when unclassified. */
public record Activity(long salespersonId, String purposeCode, LocalDate periodStart, long visits, double hours) {}
