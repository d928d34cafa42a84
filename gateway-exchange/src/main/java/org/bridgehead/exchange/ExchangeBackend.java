package org.bridgehead.exchange;

/**
 * A way to reach a user's Exchange mailbox. Protocol servers speak only this interface and the
 * types of this package, so another backend (e.g. Microsoft Graph) can be added beside EWS.
 */
public interface ExchangeBackend extends AutoCloseable {

    /**
     * Signs the user in, learning the server version and the user's primary address.
     *
     * @throws AuthenticationFailedException if the server rejects the credentials
     * @throws BackendException              for any other failure, after the configured retries
     */
    ExchangeSession open(Credentials credentials) throws BackendException;

    /** Releases what the backend shares between sessions (connection pools); never throws. */
    @Override
    void close();
}
