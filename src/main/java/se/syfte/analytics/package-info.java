/** The figures of SPEC §3: pure rules at each package's root, SQL beside them in db/. */
package se.syfte.analytics;
