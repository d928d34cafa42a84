package org.bridgehead.ldap.protocol;

import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.bridgehead.exchange.AccessDeniedException;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;

/**
 * The one place where a backend failure becomes an LDAP result: wrong credentials are
 * invalidCredentials (49), a refusal insufficientAccessRights (50), anything else, an outage
 * first, unavailable (52), so that clients try again later. The message is the backend's, written
 * for people; never a stack trace.
 */
public final class ResultCodes {

    private ResultCodes() {
    }

    public static ResultCodeEnum of(BackendException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return ResultCodeEnum.INVALID_CREDENTIALS;
        }
        if (failure instanceof AccessDeniedException) {
            return ResultCodeEnum.INSUFFICIENT_ACCESS_RIGHTS;
        }
        return ResultCodeEnum.UNAVAILABLE;
    }

    public static String message(BackendException failure) {
        return failure instanceof AuthenticationFailedException
                ? "Invalid credentials"
                : "Exchange is unavailable: " + failure.getMessage();
    }
}
