package org.bridgehead.ldap.operation;

import java.io.IOException;
import org.apache.directory.api.ldap.model.message.AbandonRequest;
import org.apache.directory.api.ldap.model.message.BindRequest;
import org.apache.directory.api.ldap.model.message.ExtendedRequest;
import org.apache.directory.api.ldap.model.message.ExtendedResponse;
import org.apache.directory.api.ldap.model.message.Message;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.api.ldap.model.message.ResultResponse;
import org.apache.directory.api.ldap.model.message.ResultResponseRequest;
import org.apache.directory.api.ldap.model.message.SearchRequest;
import org.apache.directory.api.ldap.model.message.UnbindRequest;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.ldap.directory.DirectoryTree;

/**
 * Routes each request to its handler: bind, search, StartTLS; unbind ends the connection, abandon
 * is moot (requests are answered one at a time, in order); the directory is read-only, so every
 * update (add, modify, delete, rename) and compare is unwillingToPerform.
 */
public final class LdapOperations {

    /** What the connection does after a request. */
    public enum Next { CONTINUE, CLOSE, START_TLS }

    private final BindHandler bind;
    private final SearchHandler search;
    private final boolean tlsRequired;

    public LdapOperations(SessionCache sessions, int sizeLimit) {
        this(sessions, sizeLimit, false);
    }

    /** @param tlsRequired a bind with a password before TLS is refused with confidentialityRequired */
    public LdapOperations(SessionCache sessions, int sizeLimit, boolean tlsRequired) {
        this.bind = new BindHandler(sessions);
        this.search = new SearchHandler(sessions, sizeLimit);
        this.tlsRequired = tlsRequired;
    }

    /**
     * @param tlsAvailable whether StartTLS can be offered on this connection
     */
    public Next handle(Message request, ConnectionState state, boolean tlsAvailable, Responder out)
            throws IOException {
        if (request instanceof BindRequest bindRequest) {
            out.send(tlsRequired && !state.tlsActive() && hasPassword(bindRequest)
                    ? confidentialityRequired(bindRequest) : bind.bind(bindRequest, state));
            return Next.CONTINUE;
        }
        if (request instanceof SearchRequest searchRequest) {
            search.search(searchRequest, state, out);
            return Next.CONTINUE;
        }
        if (request instanceof UnbindRequest) {
            return Next.CLOSE;
        }
        if (request instanceof AbandonRequest) {
            return Next.CONTINUE;
        }
        if (request instanceof ExtendedRequest extended) {
            return extended(extended, tlsAvailable, out);
        }
        if (request instanceof ResultResponseRequest other) {
            ResultResponse response = other.getResultResponse();
            response.getLdapResult().setResultCode(ResultCodeEnum.UNWILLING_TO_PERFORM);
            response.getLdapResult().setDiagnosticMessage("This directory is read-only");
            out.send(response);
        }
        return Next.CONTINUE;
    }

    private static boolean hasPassword(BindRequest request) {
        return !request.isSimple() || (request.getCredentials() != null && request.getCredentials().length > 0);
    }

    /** RFC 4513 5.1.2 and 6: the password is not looked at before the connection is encrypted. */
    private static ResultResponse confidentialityRequired(BindRequest request) {
        ResultResponse response = request.getResultResponse();
        response.getLdapResult().setResultCode(ResultCodeEnum.CONFIDENTIALITY_REQUIRED);
        response.getLdapResult().setDiagnosticMessage("Use StartTLS (or the LDAPS port) before binding");
        return response;
    }

    private static Next extended(ExtendedRequest request, boolean tlsAvailable, Responder out) throws IOException {
        ExtendedResponse response = (ExtendedResponse) request.getResultResponse();
        response.setResponseName(request.getRequestName());
        if (DirectoryTree.START_TLS_OID.equals(request.getRequestName()) && tlsAvailable) {
            response.getLdapResult().setResultCode(ResultCodeEnum.SUCCESS);
            out.send(response);
            return Next.START_TLS;
        }
        response.getLdapResult().setResultCode(ResultCodeEnum.PROTOCOL_ERROR);
        response.getLdapResult().setDiagnosticMessage(DirectoryTree.START_TLS_OID.equals(request.getRequestName())
                ? "StartTLS is not configured on this listener" : "Unsupported extended operation");
        out.send(response);
        return Next.CONTINUE;
    }
}
