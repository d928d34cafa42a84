package org.bridgehead.smtp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import org.bridgehead.net.TcpListener;
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

    /** A server whose duplicate guard uses the system clock. */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter) {
        this(options, submitter, Clock.systemUTC());
    }

    /** @param clock the time source of the duplicate-send window */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter, Clock clock) {
        DuplicateSendGuard guard = new DuplicateSendGuard(options.duplicateWindow(), options.duplicateCapacity(), clock);
        CommandDispatcher dispatcher = commands(options, submitter, guard);
        this.listener = new TcpListener("smtp", options.bindAddress(), options.port(), options.maxConnections(),
                bytes(TOO_MANY_CONNECTIONS),
                (id, socket, onClose) -> new SmtpConnection(id, socket, options, dispatcher, onClose));
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
                Map.entry("NOOP", new NoopHandler()),
                Map.entry("VRFY", new VrfyHandler()),
                Map.entry("HELP", new HelpHandler()),
                Map.entry("QUIT", new QuitHandler(options.hostName()))));
    }
}
