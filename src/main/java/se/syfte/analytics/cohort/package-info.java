/** Cohort diagrams: journeys by start month, how far they got month by month, and their order intake. */
package se.syfte.analytics.cohort;
