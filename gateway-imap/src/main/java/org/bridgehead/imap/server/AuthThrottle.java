package org.bridgehead.imap.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: a failed login is answered after a delay that doubles with each
 * failure of the same connection or the same user name (whichever has more), up to a maximum.
 * A successful login clears the user's count. Shared by all connections of a server.
 */
public final class AuthThrottle {

    /** Bounds the memory a stream of invented user names can take; the oldest are forgotten. */
    private static final int MAX_USERS_TRACKED = 10_000;
    /** 2^20 times any sane base delay is beyond any sane maximum. */
    private static final int MAX_DOUBLINGS = 20;

    private final Duration base;
    private final Duration max;
    private final Map<String, Integer> failuresByUser = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > MAX_USERS_TRACKED;
        }
    };

    public AuthThrottle(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    /**
     * Records a failure and returns how long to wait before answering it.
     *
     * @param userName            the name that failed (may be empty when none could be decoded)
     * @param connectionFailures  failures of this connection so far, this one included
     */
    public Duration failed(String userName, int connectionFailures) {
        int userFailures;
        synchronized (failuresByUser) {
            userFailures = failuresByUser.merge(key(userName), 1, Integer::sum);
        }
        int failures = Math.max(userFailures, connectionFailures);
        Duration delay = base.multipliedBy(1L << Math.min(failures - 1, MAX_DOUBLINGS));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public void succeeded(String userName) {
        synchronized (failuresByUser) {
            failuresByUser.remove(key(userName));
        }
    }

    private static String key(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }
}
