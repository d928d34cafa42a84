package org.bridgehead.ldap.operation;

import java.nio.charset.StandardCharsets;
import org.apache.directory.api.ldap.model.message.BindRequest;
import org.apache.directory.api.ldap.model.message.BindResponse;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.ldap.directory.BindNames;
import org.bridgehead.ldap.protocol.ResultCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Simple bind: with a login (UPN, address, {@code DOMAIN\\user}) or a DN naming one
 * ({@code uid=}, {@code mail=}, {@code cn=}), checked by signing in to Exchange through the session
 * cache the other protocols share. An empty name and password is an anonymous bind, which
 * succeeds but sees nobody; a name without a password is refused (RFC 4513 5.1.2). A failed bind
 * leaves the connection anonymous.
 */
final class BindHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BindHandler.class);

    private final SessionCache sessions;

    BindHandler(SessionCache sessions) {
        this.sessions = sessions;
    }

    BindResponse bind(BindRequest request, ConnectionState state) {
        BindResponse response = (BindResponse) request.getResultResponse();
        state.bind(null);
        MDC.remove("user");
        if (!request.isSimple()) {
            return result(response, ResultCodeEnum.AUTH_METHOD_NOT_SUPPORTED, "Only simple binds are supported");
        }
        String name = request.getName() == null ? "" : request.getName().trim();
        byte[] secret = request.getCredentials() == null ? new byte[0] : request.getCredentials();
        if (name.isEmpty() && secret.length == 0) {
            return result(response, ResultCodeEnum.SUCCESS, null);
        }
        if (secret.length == 0) {
            return result(response, ResultCodeEnum.UNWILLING_TO_PERFORM, "A bind with a name needs a password");
        }
        Credentials credentials = new Credentials(BindNames.login(name), new String(secret, StandardCharsets.UTF_8));
        try {
            sessions.acquire(credentials);
        } catch (BackendException e) {
            LOG.info("LDAP bind of {} failed: {}", credentials.userName(), e.getMessage());
            return result(response, ResultCodes.of(e), ResultCodes.message(e));
        }
        state.bind(credentials);
        MDC.put("user", credentials.userName());
        LOG.debug("LDAP bind of {}", credentials.userName());
        return result(response, ResultCodeEnum.SUCCESS, null);
    }

    private static BindResponse result(BindResponse response, ResultCodeEnum code, String message) {
        response.getLdapResult().setResultCode(code);
        if (message != null) {
            response.getLdapResult().setDiagnosticMessage(message);
        }
        return response;
    }
}
