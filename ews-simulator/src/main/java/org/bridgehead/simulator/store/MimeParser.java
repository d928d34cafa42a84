package org.bridgehead.simulator.store;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads messages kept as MIME: the properties Exchange derives at creation, body text and
 * attachment content. Parsing shares the stored bytes instead of copying them, so large messages
 * cost no second copy.
 */
public final class MimeParser {
    private static final Session SESSION = Session.getInstance(new Properties());
    /** A comment in a Date header, e.g. "(CET)". */
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");

    private MimeParser() {
    }

    /**
     * The derived properties; unparseable parts give what could be read. Headers and the multipart
     * structure are read directly from the bytes, which is much faster than a MIME library.
     */
    public static MessageSummary summarize(byte[] mime) {
        List<MessageHeader> headers = HeaderBlock.parse(mime);
        EmailAddress from = first(addresses(headers, "From"));
        EmailAddress sender = first(addresses(headers, "Sender"));
        String subject = header(headers, "Subject");
        return new MessageSummary(subject == null ? null : EncodedWords.decode(subject), from, sender == null ? from : sender,
                addresses(headers, "To"), addresses(headers, "Cc"), addresses(headers, "Bcc"),
                addresses(headers, "Reply-To"), date(header(headers, "Date")), header(headers, "Message-ID"),
                header(headers, "In-Reply-To"), header(headers, "References"), importance(headers), headers,
                attachments(mime, header(headers, "Content-Type")));
    }

    private static List<AttachmentInfo> attachments(byte[] mime, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return List.of();
        }
        return MimeStructure.describe(mime);
    }

    private static String header(List<MessageHeader> headers, String name) {
        for (MessageHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = COMMENT.matcher(value).replaceAll("").trim().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                Date parsed = new MailDateFormat().parse(value); // lenient: obsolete and sloppy forms
                return parsed == null ? null : parsed.toInstant();
            } catch (ParseException | RuntimeException ex) {
                return null;
            }
        }
    }

    private static Importance importance(List<MessageHeader> headers) {
        String importance = header(headers, "Importance");
        if (importance != null) {
            return Importance.byEwsName(importance.trim()).orElse(Importance.NORMAL);
        }
        String priority = header(headers, "X-Priority");
        if (priority != null && !priority.isBlank()) {
            char c = priority.trim().charAt(0);
            return c == '1' || c == '2' ? Importance.HIGH : c == '4' || c == '5' ? Importance.LOW : Importance.NORMAL;
        }
        return Importance.NORMAL;
    }

    private static List<EmailAddress> addresses(List<MessageHeader> headers, String name) {
        List<EmailAddress> result = new ArrayList<>();
        for (MessageHeader h : headers) {
            if (!h.name().equalsIgnoreCase(name)) {
                continue;
            }
            try {
                for (Address a : InternetAddress.parseHeader(h.value(), false)) {
                    InternetAddress ia = (InternetAddress) a;
                    if (ia.getAddress() != null && !ia.getAddress().isEmpty()) {
                        result.add(new EmailAddress(ia.getPersonal(), ia.getAddress()));
                    }
                }
            } catch (AddressException e) {
                // an unparseable list contributes no recipients, as Exchange drops them
            }
        }
        return result;
    }

    /** Whether a string is a valid SMTP address (local@domain). */
    public static boolean isValidAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * The message body: the HTML part if {@code preferHtml} and there is one, else the text part;
     * an HTML-only message asked as text gets its tags stripped.
     *
     * @return the body and whether it is HTML
     */
    public static Body body(byte[] mime, boolean preferHtml) {
        try {
            MimeMessage m = open(mime);
            Optional<String> html = findText(m, "text/html");
            Optional<String> text = findText(m, "text/plain");
            if (preferHtml && html.isPresent()) {
                return new Body(html.get(), true);
            }
            if (text.isPresent()) {
                return new Body(text.get(), false);
            }
            return html.map(h -> new Body(HtmlText.toText(h), false)).orElse(new Body("", false));
        } catch (MessagingException | IOException e) {
            return new Body("", false);
        }
    }

    /** A message body. */
    public record Body(String content, boolean html) {
    }

    /** Writes the decoded content of an attachment found by {@link #summarize}; false if there is none. */
    public static boolean writeAttachment(byte[] mime, int index, OutputStream out) throws IOException {
        List<MimeStructure.Leaf> leaves = MimeStructure.attachments(mime);
        if (index < 0 || index >= leaves.size()) {
            return false;
        }
        MimeStructure.Leaf leaf = leaves.get(index);
        String encoding = leaf.headers().get("Content-Transfer-Encoding");
        InputStream raw = new ByteArrayInputStream(mime, leaf.bodyStart(), leaf.bodyEnd() - leaf.bodyStart());
        try (InputStream in = encoding == null ? raw : MimeUtility.decode(raw, encoding.trim())) {
            in.transferTo(out);
        } catch (MessagingException e) {
            raw.transferTo(out);
        }
        return true;
    }

    private static MimeMessage open(byte[] mime) throws MessagingException {
        return new MimeMessage(SESSION, new SharedByteArrayInputStream(mime));
    }

    private static EmailAddress first(List<EmailAddress> addresses) {
        return addresses.isEmpty() ? null : addresses.get(0);
    }

    private static Optional<String> findText(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (!Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                        Optional<String> found = findText(child, type);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
            return Optional.empty();
        }
        if (part.isMimeType(type) && part.getFileName() == null) {
            Object content = part.getContent();
            return Optional.of(content instanceof String s ? s : "");
        }
        return Optional.empty();
    }

}
