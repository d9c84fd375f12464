/** The command line: the third adapter beside pages and API, on the same services. */
package se.syfte.cli;
