package se.syfte.analytics.traditional;

import java.time.LocalDate;

/**
 * Visits of a salesperson in a period (SPEC §3): to an existing customer when the customer has a
 * win event before the visit's date, otherwise to a new customer.
 */
public record TraditionalSplit(
        long salespersonId, LocalDate periodStart, long newCustomerVisits, long existingCustomerVisits) {}
