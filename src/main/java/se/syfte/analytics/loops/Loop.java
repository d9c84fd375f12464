package se.syfte.analytics.loops;

import java.time.LocalDate;

/**
 * A loop of SPEC §3: at least {@code loopThreshold} visits in the window with one funnel
 * purpose to one customer, and from the first of them to the end of the window no visit with a
 * higher step (by anyone) and no win event. {@code salespersonId} is empty for the team's loops;
 * {@code hours} are all of the salesperson's (team's) hours at the customer from the first of
 * those visits to the end of the window.
 */
public record Loop(
        long customerId,
        String customer,
        Long salespersonId,
        String purposeCode,
        long visits,
        LocalDate firstVisit,
        LocalDate lastVisit,
        double hours) {}
