package org.bridgehead.caldav.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.caldav.http.BasicChallenge;
import org.bridgehead.caldav.http.DavErrors;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.method.DavMethods;
import org.bridgehead.caldav.resource.DavPath;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.SessionCache;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every request: authenticate with HTTP Basic through the session cache the other protocols share,
 * read the bounded body, hand it to the method, and turn any failure into a plain answer (the
 * client never sees a stack trace; the log does).
 */
final class DavHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(DavHandler.class);
    private static final AtomicLong REQUEST_IDS = new AtomicLong();

    private final SessionCache sessions;
    private final int maxRequestBytes;
    private final DavMethods methods = new DavMethods();

    DavHandler(SessionCache sessions, int maxRequestBytes) {
        this.sessions = sessions;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        MDC.put("connection", "dav-" + REQUEST_IDS.incrementAndGet());
        DavResponse answer;
        try {
            answer = answer(request);
        } catch (DavException e) {
            answer = e.toResponse();
        } catch (BackendException e) {
            LOG.info("{} {} failed: {}", request.getMethod(), request.getHttpURI().getPath(), e.getMessage());
            answer = DavErrors.of(e);
        } catch (UnsupportedOperationException e) {
            // A backend without calendars (the Exchange side is not built for it): say so, not 500.
            answer = DavResponse.text(501, e.getMessage() == null ? "not available from this backend" : e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getHttpURI().getPath(), e);
            answer = DavResponse.text(500, "internal error; the gateway's log has the details");
        } catch (Error e) {
            // An Error (out of memory) must not end the worker unseen: log it, answer, go on.
            LOG.error("{} {} failed with {}", request.getMethod(), request.getHttpURI().getPath(), e.toString(), e);
            answer = DavResponse.text(500, "internal error; the gateway's log has the details");
        } finally {
            MDC.remove("user");
        }
        write(request, response, callback, answer);
        MDC.remove("connection");
        return true;
    }

    private DavResponse answer(Request request) throws DavException, BackendException, IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        DavPath path = DavPath.parse(request.getHttpURI().getPath() == null ? "/" : request.getHttpURI().getPath());
        if (method.equals("OPTIONS")) {
            return methods.options();
        }
        if (path.size() == 2 && path.segment(0).equals(".well-known")) {
            // RFC 6764: the context path is the root, where current-user-principal is found.
            return DavResponse.empty(301).withHeader("Location", "/");
        }
        Credentials credentials = BasicCredentials.of(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        if (credentials == null) {
            return BasicChallenge.unauthorized("sign in with your Exchange user name and password");
        }
        MDC.put("user", credentials.userName());
        byte[] body = readBody(request);
        ExchangeSession session = sessions.acquire(credentials);
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            if (field.getHeader() != HttpHeader.AUTHORIZATION) {
                headers.merge(field.getLowerCaseName(), field.getValue(), (a, b) -> a + ", " + b);
            }
        }
        DavRequest davRequest = new DavRequest(method, path, headers, body, session);
        return methods.handle(davRequest);
    }

    private byte[] readBody(Request request) throws IOException, DavException {
        long declared = request.getLength();
        if (declared > maxRequestBytes) {
            throw new DavException(413, "the request body is larger than " + maxRequestBytes + " bytes", null);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxRequestBytes + 1);
            if (body.length > maxRequestBytes) {
                throw new DavException(413, "the request body is larger than " + maxRequestBytes + " bytes", null);
            }
            return body;
        }
    }

    private static void write(Request request, Response response, Callback callback, DavResponse answer) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (answer.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        boolean head = request.getMethod().equalsIgnoreCase("HEAD");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), callback);
    }
}
