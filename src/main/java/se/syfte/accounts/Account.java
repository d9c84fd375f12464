package se.syfte.accounts;

import java.util.Set;

/** A person who signs in: one organisation, one role, and for a manager the teams they manage. */
public record Account(
        long orgId,
        long id,
        String email,
        String displayName,
        Role role,
        Long salespersonId,
        Set<Long> teamIds,
        boolean enabled,
        boolean mustChangePassword,
        int credentialsVersion) {

    public Account {
        teamIds = Set.copyOf(teamIds);
        if (role == Role.SALESPERSON && salespersonId == null) {
            throw new IllegalArgumentException("a salesperson's account names the salesperson");
        }
    }
}
