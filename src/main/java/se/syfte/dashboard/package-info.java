/** The team's first page: visits per salesperson and purpose. */
package se.syfte.dashboard;
