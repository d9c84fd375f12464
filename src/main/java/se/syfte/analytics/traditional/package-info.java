/** The traditional count: visits to new and to existing customers. */
package se.syfte.analytics.traditional;
