/** Win rates of closed deals and the length of sales cycles. */
package se.syfte.analytics.winrate;
