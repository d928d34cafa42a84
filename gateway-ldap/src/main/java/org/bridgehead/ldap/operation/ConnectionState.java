package org.bridgehead.ldap.operation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.exchange.Credentials;

/**
 * What one connection remembers: who is bound (nobody: anonymous) and its open paged searches,
 * at most {@link #MAX_CURSORS}, the oldest dropped first.
 */
public final class ConnectionState {
    static final int MAX_CURSORS = 8;

    private Credentials bound;
    private final Map<String, PagedCursor> cursors = new LinkedHashMap<>();
    private long cookies;
    private boolean startTlsRequested;
    private boolean tlsActive;

    /** StartTLS was answered with success: the next bytes are the TLS handshake. */
    public void requestStartTls() {
        startTlsRequested = true;
    }

    public boolean startTlsRequested() {
        return startTlsRequested;
    }

    public void tlsStarted() {
        startTlsRequested = false;
        tlsActive = true;
    }

    public boolean tlsActive() {
        return tlsActive;
    }

    public Optional<Credentials> bound() {
        return Optional.ofNullable(bound);
    }

    /** Binds as a user, or as nobody; either way open paged searches of the former identity end. */
    void bind(Credentials credentials) {
        bound = credentials;
        cursors.clear();
    }

    String keep(PagedCursor cursor) {
        String cookie = Long.toString(++cookies);
        cursors.put(cookie, cursor);
        while (cursors.size() > MAX_CURSORS) {
            cursors.remove(cursors.keySet().iterator().next());
        }
        return cookie;
    }

    Optional<PagedCursor> take(String cookie) {
        return Optional.ofNullable(cursors.remove(cookie));
    }
}
