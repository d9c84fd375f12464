/** The coaching summary for a salesperson: where they fall behind the team, and what to ask. */
package se.syfte.coaching;
