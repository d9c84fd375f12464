/** Loops: customers where a salesperson or the team repeats a funnel step without moving on. */
package se.syfte.analytics.loops;
