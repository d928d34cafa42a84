package org.bridgehead.smtp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.net.TcpListener;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.smtp.command.AuthHandler;
import org.bridgehead.smtp.command.BdatHandler;
import org.bridgehead.smtp.command.CommandDispatcher;
import org.bridgehead.smtp.command.DataHandler;
import org.bridgehead.smtp.command.EhloHandler;
import org.bridgehead.smtp.command.HeloHandler;
import org.bridgehead.smtp.command.HelpHandler;
import org.bridgehead.smtp.command.MailHandler;
import org.bridgehead.smtp.command.NoopHandler;
import org.bridgehead.smtp.command.QuitHandler;
import org.bridgehead.smtp.command.RcptHandler;
import org.bridgehead.smtp.command.RsetHandler;
import org.bridgehead.smtp.command.StartTlsHandler;
import org.bridgehead.smtp.command.VrfyHandler;
import org.bridgehead.smtp.envelope.DuplicateSendGuard;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.spool.SpoolSettings;
import org.bridgehead.smtp.submit.MessageSubmitter;

/**
 * The SMTP submission listener: one thread per connection, at most
 * {@link SmtpServerOptions#maxConnections()} at once. {@link #close()} stops accepting and
 * closes every open connection.
 */
public final class SmtpServer implements AutoCloseable {

    private static final SmtpReply TOO_MANY_CONNECTIONS = SmtpReply.of(421, "4.3.2", "Too many connections, try again later");

    private final TcpListener listener;
    private final SmtpServerOptions options;
    private final CommandDispatcher dispatcher;

    /** A plain-text server whose duplicate guard uses the system clock. */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter) {
        this(options, submitter, Clock.systemUTC(), ListenerTls.none());
    }

    /** @param tls what STARTTLS offers on this server's port */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter, ListenerTls tls) {
        this(options, submitter, Clock.systemUTC(), tls);
    }

    /** @param clock the time source of the duplicate-send window */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter, Clock clock) {
        this(options, submitter, clock, ListenerTls.none());
    }

    private SmtpServer(SmtpServerOptions options, MessageSubmitter submitter, Clock clock, ListenerTls tls) {
        this(options, commands(options, submitter,
                new DuplicateSendGuard(options.duplicateWindow(), options.duplicateCapacity(), clock)),
                "smtp", options.bindAddress(), options.port(), tls, Optional.empty());
    }

    private SmtpServer(SmtpServerOptions options, CommandDispatcher dispatcher, String name, InetAddress bindAddress,
            int port, ListenerTls tls, Optional<ServerTls> implicitTls) {
        this.options = options;
        this.dispatcher = dispatcher;
        this.listener = new TcpListener(name, bindAddress, port, options.maxConnections(),
                bytes(TOO_MANY_CONNECTIONS),
                (id, socket, onClose) -> new SmtpConnection(id, socket, options, tls, dispatcher, onClose),
                implicitTls);
    }

    /**
     * The same server on a second port that speaks TLS from the first byte (SMTPS, RFC 8314): both
     * share the duplicate-send guard. Call {@link #start()} on it.
     */
    public SmtpServer withImplicitTls(ServerTls tls, InetAddress bindAddress, int port) {
        return new SmtpServer(options, dispatcher, "smtps", bindAddress, port, ListenerTls.offered(tls, false),
                Optional.of(tls));
    }

    /** Binds the listening socket and starts accepting connections. */
    public SmtpServer start() throws IOException {
        listener.start();
        return this;
    }

    /** The bound address, with the real port when 0 was asked for. */
    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    public int port() {
        return localAddress().getPort();
    }

    @Override
    public void close() {
        listener.close();
    }

    private static byte[] bytes(SmtpReply reply) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reply.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }

    private static CommandDispatcher commands(SmtpServerOptions options, MessageSubmitter submitter, DuplicateSendGuard guard) {
        SpoolSettings spool = new SpoolSettings(options.spoolDirectory(), options.spoolMemoryThreshold(), options.maxMessageSize());
        return new CommandDispatcher(Map.ofEntries(
                Map.entry("EHLO", new EhloHandler(options.hostName(), options.maxMessageSize())),
                Map.entry("HELO", new HeloHandler(options.hostName())),
                Map.entry("AUTH", new AuthHandler(submitter)),
                Map.entry("MAIL", new MailHandler(options.maxMessageSize())),
                Map.entry("RCPT", new RcptHandler(options.maxRecipients())),
                Map.entry("DATA", new DataHandler(spool, guard)),
                Map.entry("BDAT", new BdatHandler(spool, guard)),
                Map.entry("RSET", new RsetHandler()),
                Map.entry("STARTTLS", new StartTlsHandler()),
                Map.entry("NOOP", new NoopHandler()),
                Map.entry("VRFY", new VrfyHandler()),
                Map.entry("HELP", new HelpHandler()),
                Map.entry("QUIT", new QuitHandler(options.hostName()))));
    }
}
