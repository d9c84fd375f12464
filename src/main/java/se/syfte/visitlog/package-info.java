/** Logging, correcting and deleting visits by hand (the quick log page and the visits API), within the caller's scope. */
package se.syfte.visitlog;
