package org.bridgehead.smtp.server;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.bridgehead.net.tls.ConnectionTls;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.smtp.command.CommandDispatcher;
import org.bridgehead.smtp.protocol.LineTooLongException;
import org.bridgehead.smtp.protocol.ReplyWriter;
import org.bridgehead.smtp.protocol.SmtpInput;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SessionLog;
import org.bridgehead.smtp.session.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.bridgehead.net.ServedConnection;

/** One client connection, served on its own thread from greeting to QUIT or disconnect. */
final class SmtpConnection implements ServedConnection {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final String id;
    /** Replaced by its TLS layer after STARTTLS. */
    private volatile Socket socket;
    private final ListenerTls tls;
    private final SmtpServerOptions options;
    private final CommandDispatcher dispatcher;
    private final Runnable onClose;

    SmtpConnection(String id, Socket socket, SmtpServerOptions options, ListenerTls tls,
            CommandDispatcher dispatcher, Runnable onClose) {
        this.id = id;
        this.socket = socket;
        this.tls = tls;
        this.options = options;
        this.dispatcher = dispatcher;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        MDC.put(SessionLog.CONNECTION, id);
        try {
            log.info("connection from {}", socket.getRemoteSocketAddress());
            serve();
        } catch (IOException e) {
            log.debug("connection ended: {}", e.toString());
        } catch (RuntimeException bug) {
            log.error("connection failed unexpectedly", bug);
        } catch (Error fatal) {
            // Out of memory, a missing class: this connection ends, in the log, and the server goes on.
            log.error("connection ended by a fatal error", fatal);
        } finally {
            abort();
            onClose.run();
            log.info("connection closed");
            MDC.clear();
        }
    }

    /** SMTP has no goodbye for a closing server that clients rely on: the socket just closes. */
    @Override
    public void shutdown() {
        abort();
    }

    /** Closes the socket; a thread blocked reading from it wakes up and ends. */
    @Override
    public void abort() {
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("closing the socket failed: {}", e.toString());
        }
    }

    private void serve() throws IOException {
        socket.setSoTimeout(Math.toIntExact(options.readTimeout().toMillis()));
        ReplyWriter writer = new ReplyWriter(socket.getOutputStream());
        SmtpInput input = new SmtpInput(socket.getInputStream(), options.maxLineLength(), writer);
        try (SmtpSession session = new SmtpSession(input, writer, new ConnectionTls(tls, socket))) {
            session.reply(SmtpReply.plain(220, options.hostName() + " Bridgehead ESMTP"));
            try {
                converse(session);
            } catch (SocketTimeoutException timeout) {
                log.info("client silent for {}; closing", options.readTimeout());
                session.reply(SmtpReply.of(421, "4.4.2", options.hostName() + " Timeout, closing connection"));
            }
            // The session's writer: after STARTTLS it is no longer the one made above.
            session.flush();
        }
    }

    /** New streams over the TLS socket: what the client pipelined in plain text is dropped. */
    private void startTls(SmtpSession session) throws IOException {
        session.flush();
        socket = session.tls().start(socket);
        ReplyWriter writer = new ReplyWriter(socket.getOutputStream());
        session.restartOverTls(new SmtpInput(socket.getInputStream(), options.maxLineLength(), writer), writer);
        log.debug("TLS started");
    }

    private void converse(SmtpSession session) throws IOException {
        while (!session.quitRequested()) {
            try {
                String line = session.readLine();
                if (line == null) {
                    log.debug("client closed the connection");
                    return;
                }
                dispatcher.dispatch(line, session);
                if (session.startTlsRequested()) {
                    startTls(session);
                }
            } catch (LineTooLongException tooLong) {
                session.reply(SmtpReplies.LINE_TOO_LONG);
            }
        }
    }
}
