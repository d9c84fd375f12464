package se.syfte.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;

/**
 * Signs in a request to {@code /api/} that carries a personal API token
 * ({@code Authorization: Bearer syfte_…}) for that request alone; a wrong or revoked token is
 * answered 401 at once. Only a request a valid token signed in is spared the CSRF check: a
 * browser's session request is checked whatever headers it carries.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    /** Set on a request that a valid API token signed in. */
    private static final String SIGNED_IN_BY_TOKEN = ApiTokenFilter.class.getName() + ".signedIn";

    private final AccountService accounts;

    ApiTokenFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER);
    }

    /** Whether a valid API token signed this request in; a header alone does not. */
    static boolean signedInByToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SIGNED_IN_BY_TOKEN));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !carriesToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token =
                request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<Account> account = accounts.byToken(token);
        if (account.isEmpty()) {
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "the API token is wrong or revoked");
            return;
        }
        request.setAttribute(SIGNED_IN_BY_TOKEN, true);
        SignedInUser user = new SignedInUser(account.get(), "");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
