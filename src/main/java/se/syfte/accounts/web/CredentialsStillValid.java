package se.syfte.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.syfte.accounts.Account;
import se.syfte.accounts.db.AccountRepository;

/**
 * Ends a session whose account has since had its password changed or reset, or been disabled: the
 * account's credentials version in the database is the one the session signed in under, or the
 * session is over — on every instance that shares the database, since the check is there.
 */
final class CredentialsStillValid extends OncePerRequestFilter {

    private final AccountRepository accounts;

    CredentialsStillValid(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!ApiTokenFilter.signedInByToken(request)
                && signedIn != null
                && signedIn.getPrincipal() instanceof SignedInUser user
                && !current(user.account())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiErrors.write(
                        response,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        "signed out: the account's password was changed or reset; sign in again");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?signedOut");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean current(Account account) {
        Optional<Integer> version = accounts.credentialsVersion(account.orgId(), account.id());
        return version.isPresent() && version.get() == account.credentialsVersion();
    }
}
