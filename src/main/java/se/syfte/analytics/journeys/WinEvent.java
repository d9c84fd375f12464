package se.syfte.analytics.journeys;

import java.time.LocalDate;

/** A customer's order with an amount above zero, or a deal won, on the date it happened (SPEC §3). */
public record WinEvent(long customerId, LocalDate date) {}
