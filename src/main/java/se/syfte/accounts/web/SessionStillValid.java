package se.syfte.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import se.syfte.accounts.Account;
import se.syfte.accounts.Secrets;
import se.syfte.accounts.db.SignedInSessionRepository;

/**
 * Keeps each signed-in browser session in the database and ends it when it is no longer valid:
 * its account has had its password changed or reset, or been disabled (the credentials version
 * the session signed in under is out of date), or the account began more than the allowed number
 * of sessions since and this one was the oldest. The check is in the database, so it holds on
 * every instance that shares it.
 */
final class SessionStillValid extends OncePerRequestFilter implements LogoutHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStillValid.class);
    private static final String KEY = SessionStillValid.class.getName() + ".key";

    private final SignedInSessionRepository sessions;
    private final Clock clock;
    private final int maxSessions;

    SessionStillValid(SignedInSessionRepository sessions, Clock clock, int maxSessions) {
        this.sessions = sessions;
        this.clock = clock;
        this.maxSessions = maxSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!ApiTokenFilter.signedInByToken(request)
                && signedIn != null
                && signedIn.getPrincipal() instanceof SignedInUser user
                && !current(user.account(), request.getSession())) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiErrors.write(
                        response,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        "signed out: the account's password was changed or reset, or it signed in elsewhere"
                                + " too often; sign in again");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?signedOut");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** A session is counted at its first signed-in request, whichever way it signed in. */
    private boolean current(Account account, HttpSession session) {
        String key = (String) session.getAttribute(KEY);
        if (key == null) {
            key = Secrets.sessionKey();
            session.setAttribute(KEY, key);
            int ended = sessions.begin(account.orgId(), account.id(), key, clock.instant(), maxSessions);
            if (ended > 0) {
                LOG.info("{} began a session beyond the {} allowed; its oldest ended", account.email(), maxSessions);
            }
        }
        Optional<Integer> version = sessions.credentialsVersion(account.orgId(), account.id(), key);
        return version.isPresent() && version.get() == account.credentialsVersion();
    }

    /** Signing out ends the session's row too. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KEY) instanceof String key) {
            sessions.end(key);
        }
    }
}
