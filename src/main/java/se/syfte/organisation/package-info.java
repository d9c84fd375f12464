/** The tenant, its teams and its salespeople. */
package se.syfte.organisation;
