/** Journeys: a salesperson's funnel visits to one customer, from first visit to won, stalled or open. */
package se.syfte.analytics.journeys;
