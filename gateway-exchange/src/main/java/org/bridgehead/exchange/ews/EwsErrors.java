package org.bridgehead.exchange.ews;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.exception.service.remote.AccountIsLockedException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import org.apache.http.NoHttpResponseException;
import org.bridgehead.exchange.AccessDeniedException;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.ThrottledException;

/**
 * The one place where what ews-java-api throws becomes a {@link BackendException}.
 *
 * <p>ews-java-api reports an HTTP status other than 500 as a {@link ServiceRequestException}
 * caused by an {@link HttpErrorException}, a network failure as a ServiceRequestException caused
 * by the IOException, and an EWS error (a SOAP fault or an error response message) as a
 * {@link ServiceResponseException} with its {@link ServiceError}, itself often wrapped in a
 * ServiceRequestException; so causes are searched, not just the outer exception.
 */
final class EwsErrors {

    private static final Set<ServiceError> TRANSIENT_ERRORS = Set.of(
            ServiceError.ErrorInternalServerTransientError,
            ServiceError.ErrorMailboxStoreUnavailable,
            ServiceError.ErrorMailboxMoveInProgress,
            ServiceError.ErrorConnectionFailed,
            ServiceError.ErrorTimeoutExpired);

    private static final String BACK_OFF_DETAIL = "BackOffMilliseconds";

    private EwsErrors() {
    }

    /** Maps a failure of a call to the server at {@code server}. */
    static BackendException map(Exception failure, URI server) {
        if (failure instanceof BackendException backendException) {
            return backendException;
        }
        ServiceResponseException responseException = causeOfType(failure, ServiceResponseException.class);
        if (responseException != null) {
            return fromResponse(responseException.getResponse(), failure);
        }
        if (causeOfType(failure, AccountIsLockedException.class) != null) {
            return new AuthenticationFailedException("The account is locked", failure);
        }
        HttpErrorException httpError = causeOfType(failure, HttpErrorException.class);
        if (httpError != null) {
            return fromHttpStatus(httpError.getHttpErrorCode(), server, failure);
        }
        IOException ioFailure = causeOfType(failure, IOException.class);
        if (ioFailure != null) {
            return fromIo(ioFailure, server, failure);
        }
        if (failure instanceof ServiceRequestException) {
            return new ServerUnavailableException(
                    "The answer from " + hostOf(server) + " could not be read", true, failure);
        }
        return new ExchangeErrorException("The Exchange request failed ("
                + failure.getClass().getSimpleName() + ")", "ClientError", false, failure);
    }

    /** Maps an error response message, as a batch call returns it for one of its items. */
    static BackendException fromResponse(ServiceResponse response, Exception failure) {
        ServiceError code = response.getErrorCode();
        String serverMessage = response.getErrorMessage() == null ? "" : ": " + response.getErrorMessage();
        if (code == null) {
            return new ExchangeErrorException("Exchange reported an error" + serverMessage, "Unknown", false,
                    failure);
        }
        return switch (code) {
            case ErrorServerBusy -> {
                Duration backOff = backOff(response);
                yield new ThrottledException("Exchange is busy and asked to wait " + backOff.toMillis() + " ms",
                        backOff, failure);
            }
            case ErrorItemNotFound, ErrorFolderNotFound ->
                    new NotFoundException("Not found in the mailbox" + serverMessage, failure);
            case ErrorAccessDenied -> new AccessDeniedException("Access denied" + serverMessage, failure);
            case ErrorIrresolvableConflict -> new PreconditionFailedException(
                    "The item changed since its change key was read" + serverMessage, failure);
            case ErrorMessageSizeExceeded -> new MessageRejectedException(MessageRejectedException.Reason.TOO_LARGE,
                    "The message is larger than the server accepts" + serverMessage, failure);
            case ErrorSendAsDenied -> new MessageRejectedException(MessageRejectedException.Reason.SENDER_NOT_ALLOWED,
                    "The user may not send as this sender" + serverMessage, failure);
            case ErrorInvalidRecipients -> new MessageRejectedException(
                    MessageRejectedException.Reason.INVALID_RECIPIENT, "Invalid recipient" + serverMessage, failure);
            case ErrorQuotaExceeded -> new MessageRejectedException(MessageRejectedException.Reason.QUOTA_EXCEEDED,
                    "The mailbox is over its quota" + serverMessage, failure);
            default -> new ExchangeErrorException("Exchange answered " + code.name() + serverMessage,
                    code.name(), TRANSIENT_ERRORS.contains(code), failure);
        };
    }

    /**
     * True if the failed request certainly was not carried out, so that repeating a request that is
     * not safe to repeat (sending, creating) cannot do it twice: no connection was made, the front
     * end answered 503, or Exchange refused it as busy. A timeout or a dropped connection is
     * ambiguous: the server may have done the work.
     */
    static boolean certainlyNotProcessed(Exception failure) {
        ServiceResponseException responseException = causeOfType(failure, ServiceResponseException.class);
        if (responseException != null) {
            return responseException.getResponse().getErrorCode() == ServiceError.ErrorServerBusy;
        }
        HttpErrorException httpError = causeOfType(failure, HttpErrorException.class);
        if (httpError != null) {
            return httpError.getHttpErrorCode() == 503;
        }
        return causeOfType(failure, ConnectException.class) != null
                || causeOfType(failure, UnknownHostException.class) != null;
    }

    private static Duration backOff(ServiceResponse response) {
        String millis = response.getErrorDetails() == null ? null : response.getErrorDetails().get(BACK_OFF_DETAIL);
        if (millis == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofMillis(Math.max(0, Long.parseLong(millis.trim())));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static BackendException fromHttpStatus(int status, URI server, Exception failure) {
        if (status == 401) {
            return new AuthenticationFailedException("The server rejected the user name or password", failure);
        }
        if (status == 403) {
            return new AccessDeniedException("The server refused access to EWS (HTTP 403)", failure);
        }
        if (status == 413) {
            // IIS refuses a request body over its limit before EWS sees it: the message is too large.
            return new MessageRejectedException(MessageRejectedException.Reason.TOO_LARGE,
                    "The server refused the request as too large (HTTP 413)", failure);
        }
        if (status == 429) {
            return new ThrottledException("The server is throttling requests (HTTP 429)", Duration.ZERO, failure);
        }
        if (status >= 500) {
            return new ServerUnavailableException(hostOf(server) + " answered HTTP " + status, true, failure);
        }
        return new ExchangeErrorException("No usable EWS service at " + server + " (HTTP " + status + ")",
                "HTTP " + status, false, failure);
    }

    private static BackendException fromIo(IOException io, URI server, Exception failure) {
        String host = hostOf(server);
        if (io instanceof UnknownHostException) {
            return new ServerUnavailableException("Unknown host " + host, true, failure);
        }
        if (io instanceof ConnectException) {
            return new ServerUnavailableException("Cannot connect to " + host, true, failure);
        }
        if (io instanceof InterruptedIOException) {
            return new ServerUnavailableException("Timed out waiting for " + host, true, failure);
        }
        if (io instanceof SSLHandshakeException) {
            CertificateException untrusted = causeOfType(io, CertificateException.class);
            // ExchangeTrust's message names the fingerprint and the settings that would accept it.
            return new ServerUnavailableException("TLS with " + host + " failed: "
                    + (untrusted != null ? untrusted.getMessage() : io.getMessage()), false, failure);
        }
        if (io instanceof NoHttpResponseException || io instanceof EOFException || io instanceof SocketException) {
            return new ServerUnavailableException(host + " dropped the connection", true, failure);
        }
        return new ServerUnavailableException("Network error talking to " + host, true, failure);
    }

    private static String hostOf(URI server) {
        return server.getPort() < 0 ? server.getHost() : server.getHost() + ":" + server.getPort();
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
