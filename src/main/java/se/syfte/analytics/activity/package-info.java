/** Activity: visits and hours per salesperson and purpose. */
package se.syfte.analytics.activity;
