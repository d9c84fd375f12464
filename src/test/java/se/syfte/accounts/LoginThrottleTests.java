package se.syfte.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new InMemory());

    /** The throttle's rule without a database: the failures in a list per address. */
    private static final class InMemory implements FailedSignIns {
        private final java.util.Map<String, java.util.List<Instant>> failures = new java.util.HashMap<>();

        @Override
        public java.util.List<Instant> since(String email, Instant since) {
            return failures.getOrDefault(email, java.util.List.of()).stream()
                    .filter(at -> at.isAfter(since))
                    .toList();
        }

        @Override
        public void add(String email, Instant at, Instant forgetBefore) {
            failures.computeIfAbsent(email, e -> new java.util.ArrayList<>()).add(at);
        }

        @Override
        public void clear(String email) {
            failures.remove(email);
        }
    }

    @Test
    void tenFailuresInFifteenMinutesMakeTheAccountWaitUntilTheFirstIsFifteenMinutesOld() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.waitBefore("anna@example.se")).isEmpty();
            throttle.failed("Anna@Example.se");
            clock.pass(Duration.ofMinutes(1));
        }

        assertThat(throttle.waitBefore("anna@example.se")).contains(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore("bo@example.se")).isEmpty();
        clock.pass(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore("anna@example.se")).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("anna@example.se");
        }
        throttle.succeeded("anna@example.se");
        throttle.failed("anna@example.se");

        assertThat(throttle.waitBefore("anna@example.se")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
