/** Progress rates from funnel step to funnel step, and from the last step to WON. */
package se.syfte.analytics.funnel;
