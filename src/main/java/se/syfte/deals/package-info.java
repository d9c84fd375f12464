/** Deals in the pipeline: open, won or lost. */
package se.syfte.deals;
