/** Cadence (SPEC §5): whether each tiered customer is visited as often as its tier asks, and coverage per owner. */
package se.syfte.analytics.cadence;
