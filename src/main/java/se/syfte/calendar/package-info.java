/** Calendars: Swedish public holidays for working-day counts. */
package se.syfte.calendar;
