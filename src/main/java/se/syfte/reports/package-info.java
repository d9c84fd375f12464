/** The reports of SPEC §4: each figure as a table of typed columns, written as text, CSV or JSON. */
package se.syfte.reports;
