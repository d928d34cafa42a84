package org.bridgehead.exchange;

import java.util.Objects;

/** Any other error the server reported, with its response code (e.g. {@code ErrorQuotaExceeded}). */
public final class ExchangeErrorException extends BackendException {

    private final String responseCode;
    private final boolean transientFailure;

    public ExchangeErrorException(String message, String responseCode, boolean transientFailure,
            Throwable cause) {
        super(message, cause);
        this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
        this.transientFailure = transientFailure;
    }

    /** The server's response code, e.g. {@code ErrorQuotaExceeded}, or {@code HTTP 404}. */
    public String responseCode() {
        return responseCode;
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
