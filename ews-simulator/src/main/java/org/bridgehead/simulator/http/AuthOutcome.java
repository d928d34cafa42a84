package org.bridgehead.simulator.http;

import org.bridgehead.simulator.store.Account;

/** What an {@link HttpAuthenticator} decided about one request. */
public sealed interface AuthOutcome {

    /** The request (or its connection) belongs to this account. */
    record Authenticated(Account account) implements AuthOutcome {
    }

    /**
     * Answer HTTP 401 with this {@code WWW-Authenticate} value.
     *
     * @param failed true when the request presented credentials that were wrong, as opposed to
     *               none at all or a handshake leg
     */
    record Challenge(String wwwAuthenticate, boolean failed) implements AuthOutcome {
    }
}
