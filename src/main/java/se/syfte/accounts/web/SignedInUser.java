package se.syfte.accounts.web;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.syfte.accounts.Account;

/** The signed-in account as Spring Security holds it; its one authority is its role. */
public final class SignedInUser implements UserDetails {

    private final Account account;
    private final String passwordHash;

    SignedInUser(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public Account account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
