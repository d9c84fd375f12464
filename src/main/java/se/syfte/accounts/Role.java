package se.syfte.accounts;

/** What an account may do in its organisation (SPEC and docs/security.md). */
public enum Role {
    /** Everything in the organisation. */
    ADMIN,
    /** The teams they manage: read, import, set targets. */
    MANAGER,
    /** Their own visits and figures, and their team's totals without names. */
    SALESPERSON
}
