package org.bridgehead.imap.server;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.bridgehead.imap.command.Capabilities;
import org.bridgehead.imap.command.CommandContext;
import org.bridgehead.imap.command.CommandDispatcher;
import org.bridgehead.imap.command.CommandResult;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.protocol.ImapCommand;
import org.bridgehead.imap.protocol.ImapReader;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapWriter;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.ResponseStatus;
import org.bridgehead.net.ServedConnection;
import org.bridgehead.net.tls.ConnectionTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One client connection: greets, then reads and dispatches commands until LOGOUT, the client
 * closing, or the read timeout (shorter before login). A malformed command is answered BAD and
 * the connection goes on.
 */
final class ImapConnection implements ServedConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ImapConnection.class);

    private final String id;
    /** Replaced by its TLS layer after STARTTLS. */
    private volatile Socket socket;
    private final ImapServices services;
    private final CommandDispatcher dispatcher;
    private final Runnable onClose;
    private volatile ImapWriter writer;
    /** True while blocked reading the next command, when a BYE cannot cut into a response. */
    private volatile boolean betweenCommands;

    ImapConnection(String id, Socket socket, ImapServices services, CommandDispatcher dispatcher,
            Runnable onClose) {
        this.id = id;
        this.socket = socket;
        this.services = services;
        this.dispatcher = dispatcher;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        MDC.put(ConnectionLog.CONNECTION, id);
        ImapSession session = new ImapSession(id, new ConnectionTls(services.tls(), socket));
        try {
            LOG.debug("Connection from {}", socket.getRemoteSocketAddress());
            serve(session);
        } catch (SocketTimeoutException e) {
            // Between commands or inside IDLE: the autologout of RFC 3501 5.4.
            LOG.info("Client silent for too long; logged out");
            sayBye("Autologout; idle for too long");
        } catch (EOFException | SocketException e) {
            LOG.debug("Connection ended: {}", e.toString());
        } catch (IOException e) {
            LOG.info("Connection failed: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.error("Connection failed unexpectedly", e);
        } catch (Error e) {
            // Never a silent end of the thread: the log says why, the client hears BYE, the socket closes.
            LOG.error("Connection ended by an error", e);
            sayBye("Internal server error; see the gateway log");
        } finally {
            session.end();
            abort();
            onClose.run();
            MDC.clear();
        }
    }

    /** Says BYE if no command is running, then closes the socket (server shutdown). */
    @Override
    public void shutdown() {
        if (betweenCommands) {
            sayBye("Bridgehead IMAP shutting down");
        }
        abort();
    }

    private void sayBye(String text) {
        ImapWriter current = writer;
        if (current == null) {
            return;
        }
        try {
            synchronized (current) {
                current.untagged(ResponseStatus.BYE, text);
            }
            // Finish the output before the close, so the BYE is on its way ahead of the FIN.
            socket.shutdownOutput();
        } catch (IOException e) {
            LOG.debug("Saying BYE failed: {}", e.toString());
        }
    }

    /** Closes the socket, ending a blocked read. */
    @Override
    public void abort() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the socket failed: {}", e.toString());
        }
    }

    private void serve(ImapSession session) throws IOException {
        ImapServerOptions options = services.options();
        socket.setSoTimeout((int) options.loginTimeout().toMillis());
        ImapWriter writer = new ImapWriter(socket.getOutputStream());
        this.writer = writer;
        ImapReader reader = newReader(writer);
        synchronized (writer) {
            writer.untagged(ResponseStatus.OK, ResponseCode.capability(Capabilities.of(session)),
                    "Bridgehead IMAP ready");
            betweenCommands = true;
            writer.flush();
        }
        while (true) {
            Optional<ImapCommand> next;
            try {
                next = reader.readCommand();
            } catch (ImapSyntaxException e) {
                LOG.debug("Malformed command: {}", e.reason());
                synchronized (writer) {
                    writer.tagged(e.tag().orElse("*"), ResponseStatus.BAD, e.reason());
                }
                continue;
            }
            betweenCommands = false;
            if (next.isEmpty()) {
                return;
            }
            CommandResult result = execute(next.get(), session, reader, writer);
            if (result == null || result.logout()) {
                return;
            }
            if (result.startTls()) {
                // A new reader: what a client pipelined after STARTTLS in plain text is dropped.
                socket = session.tls().start(socket);
                LOG.debug("TLS started: {}", ((javax.net.ssl.SSLSocket) socket).getSession().getProtocol());
                writer = new ImapWriter(socket.getOutputStream());
                this.writer = writer;
                reader = newReader(writer);
            }
            if (session.state() != SessionState.NOT_AUTHENTICATED) {
                socket.setSoTimeout((int) options.timeout().toMillis());
            }
        }
    }

    private ImapReader newReader(ImapWriter writer) throws IOException {
        return new ImapReader(socket.getInputStream(), services.options().readerLimits(),
                () -> writeContinuation(writer));
    }

    /** Runs one command; its result, or null when the connection must end. */
    private CommandResult execute(ImapCommand command, ImapSession session, ImapReader reader, ImapWriter writer)
            throws IOException {
        try (command) {
            LOG.debug("{}", command);
            CommandResult result = dispatcher.dispatch(command, new CommandContext(services, session, reader, writer));
            synchronized (writer) {
                // Set before the tagged response goes out, under the lock a shutdown BYE takes.
                betweenCommands = true;
                if (result.code() == null) {
                    writer.tagged(command.tag(), result.status(), result.text());
                } else {
                    writer.tagged(command.tag(), result.status(), result.code(), result.text());
                }
            }
            return result;
        } catch (MailboxRecreatedException e) {
            LOG.info("{}", e.getMessage());
            synchronized (writer) {
                writer.untagged(ResponseStatus.BYE, e.getMessage());
            }
            return null;
        }
    }

    private static void writeContinuation(ImapWriter writer) throws IOException {
        synchronized (writer) {
            writer.continuation("Ready for literal data");
        }
    }
}
