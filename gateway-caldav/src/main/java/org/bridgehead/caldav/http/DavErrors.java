package org.bridgehead.caldav.http;

import java.time.Duration;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.exchange.AccessDeniedException;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.InvalidSyncTokenException;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.ThrottledException;

/** The one place where a backend failure becomes an HTTP answer. Messages never carry a stack trace. */
public final class DavErrors {

    /** Retry-After for an outage Exchange gave no delay for. */
    static final Duration OUTAGE_RETRY = Duration.ofSeconds(30);

    private DavErrors() {
    }

    public static DavResponse of(BackendException e) {
        String message = e.getMessage();
        if (e instanceof AuthenticationFailedException) {
            return BasicChallenge.unauthorized(message);
        }
        if (e instanceof ThrottledException throttled) {
            return unavailable(message, throttled.backOff());
        }
        if (e instanceof NotFoundException) {
            return DavResponse.text(404, message);
        }
        if (e instanceof AccessDeniedException) {
            return DavResponse.text(403, message);
        }
        if (e instanceof PreconditionFailedException) {
            return DavResponse.text(412, message);
        }
        if (e instanceof InvalidContentException || e instanceof MessageRejectedException) {
            return DavResponse.text(400, message);
        }
        if (e instanceof InvalidSyncTokenException) {
            return new DavException(403, message, DavNames.dav("valid-sync-token")).toResponse();
        }
        // ServerUnavailableException, ExchangeErrorException: an outage when it may pass, else a bad gateway.
        return e.isTransient() ? unavailable(message, OUTAGE_RETRY) : DavResponse.text(502, message);
    }

    private static DavResponse unavailable(String message, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return DavResponse.text(503, "Exchange is unavailable, try again later: " + message)
                .withHeader("Retry-After", Long.toString(seconds));
    }
}
