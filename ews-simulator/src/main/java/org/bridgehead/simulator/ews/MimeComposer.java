package org.bridgehead.simulator.ews;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgehead.simulator.store.EmailAddress;

/** Writes the MIME Exchange generates for a message created from properties, and headers it adds on sending. */
final class MimeComposer {
    static final DateTimeFormatter RFC_5322 =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private MimeComposer() {
    }

    static byte[] compose(OutgoingMessage m, EmailAddress from, String domain, Instant now) {
        StringBuilder b = new StringBuilder();
        b.append("From: ").append(address(from)).append("\r\n");
        addressHeader(b, "To", m.to().orElse(List.of()));
        addressHeader(b, "Cc", m.cc().orElse(List.of()));
        addressHeader(b, "Bcc", m.bcc().orElse(List.of()));
        b.append("Subject: ").append(encode(m.subject() == null ? "" : m.subject())).append("\r\n");
        b.append("Date: ").append(RFC_5322.format(now)).append("\r\n");
        b.append("Message-ID: ").append(messageId(domain)).append("\r\n");
        b.append("MIME-Version: 1.0\r\n");
        b.append("Content-Type: ").append(m.htmlBody() ? "text/html" : "text/plain").append("; charset=\"utf-8\"\r\n");
        b.append("Content-Transfer-Encoding: base64\r\n\r\n");
        String body = m.body() == null ? "" : m.body();
        b.append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String messageId(String domain) {
        return "<" + UUID.randomUUID().toString().replace("-", "") + "@" + domain + ">";
    }

    static void addressHeader(StringBuilder b, String name, List<EmailAddress> addresses) {
        if (!addresses.isEmpty()) {
            b.append(name).append(": ")
                    .append(addresses.stream().map(MimeComposer::address).collect(Collectors.joining(", ")))
                    .append("\r\n");
        }
    }

    static String address(EmailAddress a) {
        if (a.name() == null || a.name().isBlank()) {
            return a.address();
        }
        return encode(a.name()).equals(a.name())
                ? "\"" + a.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + a.address() + ">"
                : encode(a.name()) + " <" + a.address() + ">";
    }

    static String encode(String text) {
        try {
            return MimeUtility.encodeText(text, "UTF-8", null);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
