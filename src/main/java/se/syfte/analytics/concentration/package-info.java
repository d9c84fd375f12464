/** Concentration: is it the same customer all the time? */
package se.syfte.analytics.concentration;
