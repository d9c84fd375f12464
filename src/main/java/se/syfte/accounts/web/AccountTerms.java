package se.syfte.accounts.web;

import java.util.List;
import java.util.Optional;
import se.syfte.accounts.Role;

/**
 * What a person gives for an account, on the users page or over the API: its address, name
 * (empty: the salesperson's name, else the address), role, salesperson and teams. A field left out
 * is empty, so a refused form shows again as it was filled in.
 */
record AccountTerms(String email, String name, Role role, String salesperson, List<String> teams) {

    AccountTerms {
        email = email == null ? "" : email;
        name = name == null ? "" : name;
        salesperson = salesperson == null ? "" : salesperson;
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    AccountTerms withEmail(String address) {
        return new AccountTerms(address, name, role, salesperson, teams);
    }

    Optional<String> salespersonName() {
        return Optional.of(salesperson.strip()).filter(given -> !given.isEmpty());
    }

    Optional<String> displayName() {
        return Optional.of(name.strip()).filter(given -> !given.isEmpty());
    }
}
