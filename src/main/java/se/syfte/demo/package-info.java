/** A demo organisation with believable Swedish B2B history and planted stories to find. */
package se.syfte.demo;
