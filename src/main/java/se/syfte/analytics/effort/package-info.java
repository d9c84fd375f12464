/** Effort and yield per customer: where the hours go, and what comes back. */
package se.syfte.analytics.effort;
