/** Benchmarks: a large generated organisation and the time every report takes on it. */
package se.syfte.bench;
