package mizan.ssh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed logins per remote address. After {@code maxFailures} within {@code window} the address
 * is refused until the oldest of them is older than the window; refused attempts count as
 * failures too, so an address that keeps hammering stays shut out.
 */
final class LoginGuard {

    /** Past this many addresses, stale entries are dropped, so a scan of many addresses cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginGuard(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, not " + maxFailures);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    int maxFailures() {
        return maxFailures;
    }

    Duration window() {
        return window;
    }

    synchronized boolean refuses(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        dropOld(recent);
        return recent.size() >= maxFailures;
    }

    synchronized void failed(String address) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().forEach(this::dropOld);
            failures.values().removeIf(Deque::isEmpty);
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        dropOld(recent);
        recent.addLast(clock.instant());
        while (recent.size() > maxFailures) {
            recent.removeFirst(); // only the last maxFailures matter
        }
    }

    synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private void dropOld(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
