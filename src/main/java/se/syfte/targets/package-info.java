/** Visit targets per purpose, for a salesperson or a team. */
package se.syfte.targets;
