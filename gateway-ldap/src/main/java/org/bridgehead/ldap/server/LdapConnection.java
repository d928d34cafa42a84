package org.bridgehead.ldap.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.directory.api.asn1.DecoderException;
import org.apache.directory.api.asn1.EncoderException;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.model.message.OpaqueExtendedResponse;
import org.apache.directory.api.ldap.model.message.Message;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.bridgehead.ldap.operation.ConnectionState;
import org.bridgehead.ldap.operation.LdapOperations;
import org.bridgehead.ldap.protocol.LdapCodec;
import org.bridgehead.net.ServedConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One LDAP client: reads requests, answers each in order, until unbind, end of stream, silence
 * past the timeout or bytes that are not LDAP, which get a notice of disconnection (RFC 4511
 * 4.4.1). An unexpected failure, an Error included, is logged and ends only this connection.
 */
final class LdapConnection implements ServedConnection {
    private static final Logger LOG = LoggerFactory.getLogger(LdapConnection.class);
    private static final String NOTICE_OF_DISCONNECTION = "1.3.6.1.4.1.1466.20036";

    private final String id;
    private volatile Socket socket;
    private final LdapServerOptions options;
    private final LdapOperations operations;
    private final Optional<TlsUpgrade> tls;
    private final Runnable onClose;
    private final Supplier<LdapApiService> codecService;
    private volatile LdapCodec codec;
    private OutputStream out;

    LdapConnection(String id, Socket socket, LdapServerOptions options, Supplier<LdapApiService> codecService,
            LdapOperations operations, Optional<TlsUpgrade> tls, Runnable onClose) {
        this.id = id;
        this.socket = socket;
        this.options = options;
        this.operations = operations;
        this.tls = tls;
        this.onClose = onClose;
        this.codecService = codecService;
    }

    @Override
    public void run() {
        // The keys the log pattern prints (conn, user), as for IMAP and SMTP.
        MDC.put("conn", id);
        ConnectionState state = new ConnectionState();
        if (socket instanceof javax.net.ssl.SSLSocket) {
            // The LDAPS port: encrypted from the first byte, so StartTLS is not offered again.
            state.tlsStarted();
        }
        try {
            codec = new LdapCodec(codecService.get(), options.maxRequestBytes());
            socket.setSoTimeout((int) options.readTimeout().toMillis());
            // Responses are flushed whole (below); without this the last segment of each would wait
            // for the client's delayed ACK, some 40 ms per search.
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            out = new BufferedOutputStream(socket.getOutputStream());
            byte[] buffer = new byte[8192];
            boolean open = true;
            while (open) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                open = serve(ByteBuffer.wrap(buffer, 0, n), state);
                if (open && state.startTlsRequested()) {
                    socket = tls.orElseThrow().upgrade(socket);
                    in = socket.getInputStream();
                    out = new BufferedOutputStream(socket.getOutputStream());
                    state.tlsStarted();
                }
            }
        } catch (SocketTimeoutException e) {
            LOG.debug("LDAP client silent for {}; disconnecting", options.readTimeout());
            notice(ResultCodeEnum.UNAVAILABLE, "Idle timeout");
        } catch (DecoderException e) {
            LOG.info("Not an LDAP request ({}); disconnecting", e.getMessage());
            notice(ResultCodeEnum.PROTOCOL_ERROR, "Malformed request");
        } catch (SocketException e) {
            LOG.debug("LDAP connection closed: {}", e.getMessage());
        } catch (IOException e) {
            LOG.debug("LDAP connection failed: {}", e.toString());
        } catch (RuntimeException | Error e) {
            LOG.error("Unexpected failure on an LDAP connection", e);
            notice(ResultCodeEnum.OTHER, "Internal error");
        } finally {
            closeSocket();
            onClose.run();
            MDC.clear();
        }
    }

    /** Answers every request these bytes complete; false when the client unbound. */
    private boolean serve(ByteBuffer bytes, ConnectionState state)
            throws IOException, DecoderException {
        List<Message> requests;
        try {
            requests = codec.decode(bytes);
        } catch (LdapCodec.AnswerableDecodingError e) {
            LOG.debug("Refusing a malformed request: {}", e.getMessage());
            send(e.response());
            flush();
            return true;
        }
        for (Message request : requests) {
            LdapOperations.Next next = operations.handle(request, state, tls.isPresent() && !state.tlsActive(),
                    this::send);
            flush();
            if (next == LdapOperations.Next.CLOSE) {
                return false;
            }
            if (next == LdapOperations.Next.START_TLS) {
                state.requestStartTls();
            }
        }
        return true;
    }

    /**
     * Buffers a response; a request's responses (a search's entries and its done) leave together
     * at the {@link #flush}, in buffer-sized writes for a long search. Synchronised: a shutdown's
     * notice may come from another thread.
     */
    private synchronized void send(Message response) throws IOException {
        ByteBuffer encoded;
        try {
            encoded = codec.encode(response);
        } catch (EncoderException e) {
            throw new IOException("an LDAP response could not be encoded: " + e.getMessage(), e);
        }
        out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
    }

    private synchronized void flush() throws IOException {
        out.flush();
    }

    private void notice(ResultCodeEnum code, String message) {
        if (out == null || codec == null) {
            return;
        }
        try {
            OpaqueExtendedResponse notice = new OpaqueExtendedResponse(0, NOTICE_OF_DISCONNECTION);
            notice.getLdapResult().setResultCode(code);
            notice.getLdapResult().setDiagnosticMessage(message);
            send(notice);
            flush();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Sending the notice of disconnection failed: {}", e.toString());
        }
    }

    @Override
    public void shutdown() {
        notice(ResultCodeEnum.UNAVAILABLE, "The server is shutting down");
        closeSocket();
    }

    @Override
    public void abort() {
        closeSocket();
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the LDAP socket failed: {}", e.toString());
        }
    }
}
