/** Customer visits, each with the purpose it served. */
package se.syfte.visits;
