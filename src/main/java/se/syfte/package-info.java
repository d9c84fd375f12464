/** Syfte: customer visits measured by their purpose, linked to pipeline and order intake. */
package se.syfte;
