package org.bridgehead.imap.protocol.mime;

import java.util.List;
import java.util.Optional;

import org.bridgehead.imap.protocol.ImapValue;

/**
 * The ENVELOPE of a message (RFC 3501 7.4.2). Header values are unfolded but not decoded:
 * RFC 2047 encoded words reach the client as they are in the message.
 *
 * @param date      the Date header
 * @param subject   the Subject header
 * @param from      From addresses
 * @param sender    Sender, or From when Sender is absent or empty
 * @param replyTo   Reply-To, or From when Reply-To is absent or empty
 * @param to        To addresses
 * @param cc        Cc addresses
 * @param bcc       Bcc addresses
 * @param inReplyTo the In-Reply-To header
 * @param messageId the Message-ID header
 */
public record Envelope(Optional<String> date, Optional<String> subject, List<Address> from, List<Address> sender,
                       List<Address> replyTo, List<Address> to, List<Address> cc, List<Address> bcc,
                       Optional<String> inReplyTo, Optional<String> messageId) {

    public Envelope {
        from = List.copyOf(from);
        sender = List.copyOf(sender);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** The parenthesised ENVELOPE value. */
    public ImapValue toImapValue() {
        return ImapValue.list(ImapValue.nstring(date), ImapValue.nstring(subject), addresses(from),
                addresses(sender), addresses(replyTo), addresses(to), addresses(cc), addresses(bcc),
                ImapValue.nstring(inReplyTo), ImapValue.nstring(messageId));
    }

    static Envelope of(HeaderBlock header) {
        List<Address> from = addressField(header, "From");
        List<Address> sender = addressField(header, "Sender");
        List<Address> replyTo = addressField(header, "Reply-To");
        return new Envelope(header.value("Date"), header.value("Subject"), from,
                sender.isEmpty() ? from : sender, replyTo.isEmpty() ? from : replyTo,
                addressField(header, "To"), addressField(header, "Cc"), addressField(header, "Bcc"),
                header.value("In-Reply-To"), header.value("Message-ID"));
    }

    private static List<Address> addressField(HeaderBlock header, String name) {
        return header.value(name).map(AddressParser::parse).orElse(List.of());
    }

    private static ImapValue addresses(List<Address> addresses) {
        // RFC 3501 env-from = "(" 1*address ")": address structures follow each other without spaces.
        return addresses.isEmpty() ? ImapValue.NIL
                : ImapValue.list(new ImapValue.Adjacent(addresses.stream().map(Address::toImapValue).toList()));
    }
}
