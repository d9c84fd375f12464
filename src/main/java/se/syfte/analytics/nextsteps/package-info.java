/**
 * Next step (SPEC §5): whether every funnel visit held has a booked next visit or a win within
 * the organisation's days.
 */
package se.syfte.analytics.nextsteps;
