package se.syfte.accounts.web;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.syfte.accounts.LoginThrottle;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditDetail;
import se.syfte.audit.AuditLog;

/**
 * Signs in with e-mail address and password, refusing an account that has failed too often of
 * late (without checking its password), and writing every outcome to the audit log.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountRepository accounts;
    private final AuditLog audit;

    ThrottledSignIn(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AccountRepository accounts,
            AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        Optional<Duration> wait = throttle.waitBefore(email);
        if (wait.isPresent()) {
            LOG.warn("sign-in for {} refused: too many failed attempts", email);
            record(
                    email,
                    AuditAction.LOGIN_THROTTLED,
                    AuditDetail.of("throttled", Math.max(1, wait.get().toMinutes())));
            throw new LockedException("throttled");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(email);
            record(email, AuditAction.LOGIN, AuditDetail.of("signedIn"));
            return signedIn;
        } catch (BadCredentialsException | UsernameNotFoundException wrong) {
            throttle.failed(email);
            LOG.info("failed sign-in for {}", email);
            record(email, AuditAction.LOGIN_FAILED, AuditDetail.of("wrongPassword"));
            throw wrong;
        }
    }

    /** Only an account's own organisation learns of its sign-ins; an unknown address is only logged. */
    private void record(String email, AuditAction action, AuditDetail detail) {
        accounts.credentials(email)
                .map(AccountRepository.Credentials::account)
                .ifPresent(account -> audit.record(account.orgId(), account.id(), account.email(), action, detail));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
