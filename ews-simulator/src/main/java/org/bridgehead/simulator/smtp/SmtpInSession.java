package org.bridgehead.simulator.smtp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inbound SMTP conversation (RFC 5321 without extensions beyond SIZE and 8BITMIME): accepts
 * recipients that are simulator users (others get 550 5.1.1) and delivers each message, with a
 * Received header, to their Inboxes.
 */
final class SmtpInSession {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpInSession.class);
    /** RFC 5321 allows 1000 bytes per line; some senders exceed it, so allow more but not unbounded. */
    private static final int MAX_LINE_BYTES = 8192;
    private static final int MAX_RECIPIENTS = 100;

    private final Socket socket;
    private final SimulatorStore store;
    private final String hostName;
    private final SmtpLines in;
    private final OutputStream out;
    private String helo;
    private String sender;
    private final List<Mailbox> recipients = new ArrayList<>();

    SmtpInSession(Socket socket, SimulatorStore store, String hostName) throws IOException {
        this.socket = socket;
        this.store = store;
        this.hostName = hostName;
        this.in = new SmtpLines(new BufferedInputStream(socket.getInputStream()), MAX_LINE_BYTES);
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    void run() throws IOException {
        reply("220 " + hostName + " ESMTP EWS simulator ready");
        while (true) {
            String line;
            try {
                line = in.read();
            } catch (SmtpLines.LineTooLongException e) {
                reply("500 5.5.6 Line too long");
                return;
            }
            if (line == null) {
                return;
            }
            int space = line.indexOf(' ');
            String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
            String argument = space < 0 ? "" : line.substring(space + 1).trim();
            switch (verb) {
                case "EHLO" -> ehlo(argument, true);
                case "HELO" -> ehlo(argument, false);
                case "MAIL" -> mail(argument);
                case "RCPT" -> rcpt(argument);
                case "DATA" -> data();
                case "RSET" -> {
                    reset();
                    reply("250 2.0.0 OK");
                }
                case "NOOP" -> reply("250 2.0.0 OK");
                case "QUIT" -> {
                    reply("221 2.0.0 " + hostName + " closing connection");
                    return;
                }
                default -> reply("500 5.5.2 Command not recognized");
            }
        }
    }

    private void ehlo(String argument, boolean extended) throws IOException {
        if (argument.isEmpty()) {
            reply("501 5.5.4 Host name required");
            return;
        }
        helo = argument;
        reset();
        if (extended) {
            reply("250-" + hostName + " Hello " + argument + "\r\n250-SIZE " + store.limits().maxMessageBytes()
                    + "\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES");
        } else {
            reply("250 " + hostName + " Hello " + argument);
        }
    }

    private void mail(String argument) throws IOException {
        if (helo == null) {
            reply("503 5.5.1 Send EHLO or HELO first");
            return;
        }
        if (sender != null) {
            reply("503 5.5.1 Sender already given");
            return;
        }
        Optional<String> path = SmtpPaths.parse(argument, "FROM:");
        if (path.isEmpty()) {
            reply("501 5.5.4 Syntax: MAIL FROM:<address>");
            return;
        }
        Optional<Long> size = SmtpPaths.sizeParameter(argument);
        if (size.isPresent() && size.get() > store.limits().maxMessageBytes()) {
            reply("552 5.3.4 Message size exceeds fixed maximum message size");
            return;
        }
        sender = path.get();
        reply("250 2.1.0 Sender OK");
    }

    private void rcpt(String argument) throws IOException {
        if (sender == null) {
            reply("503 5.5.1 Need MAIL before RCPT");
            return;
        }
        Optional<String> path = SmtpPaths.parse(argument, "TO:");
        if (path.isEmpty() || path.get().isEmpty()) {
            reply("501 5.5.4 Syntax: RCPT TO:<address>");
            return;
        }
        if (recipients.size() == MAX_RECIPIENTS) {
            reply("452 4.5.3 Too many recipients");
            return;
        }
        Optional<Mailbox> mailbox = store.mailbox(path.get());
        if (mailbox.isEmpty()) {
            reply("550 5.1.1 <" + path.get() + ">: Recipient address rejected: User unknown");
            return;
        }
        if (!recipients.contains(mailbox.get())) {
            recipients.add(mailbox.get());
        }
        reply("250 2.1.5 Recipient OK");
    }

    private void data() throws IOException {
        if (sender == null || recipients.isEmpty()) {
            reply("503 5.5.1 Need MAIL and RCPT before DATA");
            return;
        }
        reply("354 Start mail input; end with <CRLF>.<CRLF>");
        long limit = store.limits().maxMessageBytes();
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(receivedHeader().getBytes(StandardCharsets.US_ASCII));
        boolean tooLarge = false;
        while (true) {
            byte[] line = in.readBytes();
            if (line == null) {
                throw new IOException("connection closed during DATA");
            }
            if (line.length == 1 && line[0] == '.') {
                break;
            }
            int start = line.length > 0 && line[0] == '.' ? 1 : 0; // dot-unstuffing
            if (!tooLarge && message.size() + line.length + 2L > limit) {
                tooLarge = true;
                message.reset();
            }
            if (!tooLarge) {
                message.write(line, start, line.length - start);
                message.write('\r');
                message.write('\n');
            }
        }
        if (tooLarge) {
            reset();
            reply("552 5.3.4 Message size exceeds fixed maximum message size");
            return;
        }
        deliver(message.toByteArray());
    }

    private void deliver(byte[] mime) throws IOException {
        int delivered = 0;
        for (Mailbox mailbox : recipients) {
            try {
                mailbox.deliver(mime);
                delivered++;
            } catch (ItemOperationException e) {
                LOG.info("smtp-in message from {} not delivered to {}: {}", sender, mailbox.address(), e.getMessage());
            }
        }
        reset();
        if (delivered == 0) {
            reply("552 5.2.2 Mailbox full or message refused");
        } else {
            reply("250 2.6.0 Message accepted for delivery");
        }
    }

    private String receivedHeader() {
        String peer = socket.getRemoteSocketAddress() instanceof InetSocketAddress a
                ? a.getAddress().getHostAddress() : "unknown";
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(store.clock().instant().atZone(ZoneOffset.UTC));
        return "Received: from " + helo + " ([" + peer + "])\r\n\tby " + hostName
                + " (EWS simulator) with ESMTP; " + date + "\r\n";
    }

    private void reset() {
        sender = null;
        recipients.clear();
    }

    private void reply(String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
