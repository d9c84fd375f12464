/** One class per report of SPEC §4, each a {@link se.syfte.reports.Figure} that ReportService finds by its name. */
package se.syfte.reports.figures;
