package mizan.ssh;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginGuardTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final LoginGuard guard = new LoginGuard(3, Duration.ofMinutes(5), clock);

    @Test
    void anAddressIsRefusedAfterTheLimitWithinTheWindowAndOnlyThatAddress() {
        guard.failed("10.0.0.1");
        guard.failed("10.0.0.1");
        assertThat(guard.refuses("10.0.0.1")).isFalse();
        guard.failed("10.0.0.1");
        assertThat(guard.refuses("10.0.0.1")).isTrue();
        assertThat(guard.refuses("10.0.0.2")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        guard.failed("10.0.0.1");
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        guard.failed("10.0.0.1");
        guard.failed("10.0.0.1");
        assertThat(guard.refuses("10.0.0.1")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(1)); // the first failure is now 5 minutes old
        assertThat(guard.refuses("10.0.0.1")).isFalse();
    }

    @Test
    void hammeringWhileRefusedKeepsTheAddressRefused() {
        for (int i = 0; i < 3; i++) {
            guard.failed("10.0.0.1");
        }
        for (int minute = 0; minute < 30; minute++) {
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            guard.failed("10.0.0.1");
            assertThat(guard.refuses("10.0.0.1")).as("minute " + minute).isTrue();
        }
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        guard.failed("10.0.0.1");
        guard.failed("10.0.0.1");
        guard.succeeded("10.0.0.1");
        guard.failed("10.0.0.1");
        assertThat(guard.refuses("10.0.0.1")).isFalse();
    }
}
