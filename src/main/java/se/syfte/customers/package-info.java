/** The customers a team visits, with their Swedish organisation numbers. */
package se.syfte.customers;
