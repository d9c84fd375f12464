/** Target attainment and pace per purpose. */
package se.syfte.analytics.attainment;
