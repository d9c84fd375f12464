/** What every figure shares: the window, and later periods, ratios and working days. */
package se.syfte.analytics.core;
