package se.syfte.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #MAX_FAILURES} failed sign-ins per account in {@link #WINDOW}; after that the
 * account's sign-ins are refused, without the password being checked, until the oldest failure
 * is that old. The real user is kept out for at most the window, never for good.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the account must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitBefore(String account) {
        Deque<Instant> recent = recent(account);
        synchronized (recent) {
            if (recent.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            return Optional.of(
                    Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)));
        }
    }

    public void failed(String account) {
        Deque<Instant> recent = recent(account);
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String account) {
        failures.remove(key(account));
    }

    private Deque<Instant> recent(String account) {
        Deque<Instant> recent = failures.computeIfAbsent(key(account), key -> new ArrayDeque<>());
        synchronized (recent) {
            Instant since = clock.instant().minus(WINDOW);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.removeFirst();
            }
        }
        return recent;
    }

    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }
}
