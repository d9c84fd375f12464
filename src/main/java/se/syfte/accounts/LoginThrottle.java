package se.syfte.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * At most {@value #MAX_FAILURES} failed sign-ins per account in {@link #WINDOW}; after that the
 * account's sign-ins are refused, without the password being checked, until the oldest failure
 * is that old. The real user is kept out for at most the window, never for good. The failures
 * are kept where {@link FailedSignIns} keeps them: in the database, shared by every instance.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final FailedSignIns failures;

    public LoginThrottle(Clock clock, FailedSignIns failures) {
        this.clock = clock;
        this.failures = failures;
    }

    /** How long the account must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitBefore(String account) {
        Instant now = clock.instant();
        List<Instant> recent = failures.since(key(account), now.minus(WINDOW));
        if (recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(
                Duration.between(now, recent.get(recent.size() - MAX_FAILURES).plus(WINDOW)));
    }

    public void failed(String account) {
        Instant now = clock.instant();
        failures.add(key(account), now, now.minus(WINDOW));
    }

    public void succeeded(String account) {
        failures.clear(key(account));
    }

    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }
}
