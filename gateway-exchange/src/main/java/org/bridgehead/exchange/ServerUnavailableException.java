package org.bridgehead.exchange;

/**
 * The server could not be reached or did not answer usefully: unknown host, connection refused,
 * timeout, HTTP 5xx, a dropped connection or an unreadable answer.
 */
public final class ServerUnavailableException extends BackendException {

    private final boolean transientFailure;

    /**
     * @param transientFailure false when retrying cannot help, e.g. an untrusted TLS certificate
     */
    public ServerUnavailableException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
