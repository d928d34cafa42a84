package org.bridgehead.exchange.ews;

import java.net.URI;
import java.time.Duration;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ThrottledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an EWS call, retrying transient failures with exponential back-off, or the server's own
 * back-off when it throttles. {@link #run} is for calls that are safe to repeat (reads, flag
 * updates); {@link #runOnce} for calls that are not (sending, creating), which are only repeated
 * when the first attempt certainly did not reach the server.
 */
final class EwsCallRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EwsCallRunner.class);

    /** One EWS round trip through ews-java-api, which declares {@code throws Exception}. */
    @FunctionalInterface
    interface EwsCall<T> {
        T call() throws Exception;
    }

    private final URI server;
    private final int retries;
    private final Duration retryBackoff;
    private final Duration longestWait;

    /**
     * @param longestWait a throttling back-off longer than this is not waited out but reported,
     *                    so a client is not kept hanging longer than for a slow answer
     */
    EwsCallRunner(URI server, int retries, Duration retryBackoff, Duration longestWait) {
        this.server = server;
        this.retries = retries;
        this.retryBackoff = retryBackoff;
        this.longestWait = longestWait;
    }

    static EwsCallRunner from(EwsSettings settings) {
        return new EwsCallRunner(settings.ewsUrl(), settings.retries(), settings.retryBackoff(),
                settings.readTimeout());
    }

    /** Extra attempts after a transient failure. */
    int retries() {
        return retries;
    }

    <T> T run(String operation, EwsCall<T> call) throws BackendException {
        return run(operation, call, true);
    }

    /**
     * Runs a call that must not be carried out twice: a failure is retried only if the request
     * certainly was not processed; any other failure is thrown at once, for the caller to resolve.
     */
    <T> T runOnce(String operation, EwsCall<T> call) throws BackendException {
        return run(operation, call, false);
    }

    private <T> T run(String operation, EwsCall<T> call, boolean repeatable) throws BackendException {
        for (int attempt = 0; ; attempt++) {
            BackendException failure;
            boolean mayRepeat;
            try {
                return call.call();
            } catch (Exception e) {
                failure = EwsErrors.map(e, server);
                mayRepeat = repeatable || EwsErrors.certainlyNotProcessed(e);
                LOG.debug("{} failed on attempt {}: {}", operation, attempt + 1, failure.getMessage(), e);
            }
            Duration wait = waitBefore(attempt, failure);
            if (!mayRepeat || !failure.isTransient() || attempt >= retries || wait.compareTo(longestWait) > 0) {
                throw failure;
            }
            LOG.info("{} failed ({}); retry {} of {} in {} ms", operation, failure.getMessage(), attempt + 1,
                    retries, wait.toMillis());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    private Duration waitBefore(int attempt, BackendException failure) {
        Duration doubled = retryBackoff.multipliedBy(1L << Math.min(attempt, 20));
        Duration exponential = doubled.compareTo(longestWait) > 0 ? longestWait : doubled;
        if (failure instanceof ThrottledException throttled && throttled.backOff().compareTo(exponential) > 0) {
            return throttled.backOff();
        }
        return exponential;
    }
}
