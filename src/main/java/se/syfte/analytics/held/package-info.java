/** Held rate (SPEC §5): whether the visits that were planned took place, and the visits held without a plan. */
package se.syfte.analytics.held;
