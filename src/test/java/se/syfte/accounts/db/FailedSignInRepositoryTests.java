package se.syfte.accounts.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.syfte.accounts.LoginThrottle;
import se.syfte.support.DatabaseTest;

/** Issue: the throttle lived in one process's memory; a restart cleared it and instances did not share it. */
class FailedSignInRepositoryTests extends DatabaseTest {

    @Autowired
    FailedSignInRepository failures;

    @Test
    void failuresCountedByOneInstanceThrottleAnotherAndOutliveARestart() {
        String email = "throttled-" + System.nanoTime() + "@example.se";
        Clock now = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
        LoginThrottle first = new LoginThrottle(now, failures);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            first.failed(email);
        }

        LoginThrottle second = new LoginThrottle(now, failures);
        LoginThrottle later = new LoginThrottle(Clock.offset(now, LoginThrottle.WINDOW), failures);

        assertThat(second.waitBefore(email.toUpperCase())).contains(LoginThrottle.WINDOW);
        assertThat(later.waitBefore(email)).isEmpty();
        second.succeeded(email);
        assertThat(first.waitBefore(email)).isEmpty();
        assertThat(failures.since(email, now.instant().minus(Duration.ofDays(1))))
                .isEmpty();
    }
}
