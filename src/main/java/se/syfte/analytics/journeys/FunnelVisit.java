package se.syfte.analytics.journeys;

import java.time.LocalDate;

/** A visit whose purpose is a funnel step: all a journey needs to know of it. */
public record FunnelVisit(long salespersonId, long customerId, LocalDate date, int step) {}
