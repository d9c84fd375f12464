/** Order intake per customer. */
package se.syfte.orders;
