package org.bridgehead.exchange.ews;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bridgehead.exchange.mail.Addressee;
import org.bridgehead.exchange.mail.OutgoingRecipients;

/**
 * The t:ToRecipients, t:CcRecipients and t:BccRecipients of a message sent from MIME, written as
 * XML for {@link MimeUpload} to put right after the t:MimeContent, where the schema's sequence has
 * them. Exchange builds the item from the MIME and then sets these, so they replace the recipients
 * of the MIME's own headers. All three are always written, an empty one too (the schema allows an
 * empty list): it is what removes a header's recipients. ews-java-api cannot say that (it leaves
 * out an empty collection), hence XML of our own. Each element declares its namespace, so it does
 * not rely on the prefixes of the request around it.
 */
final class RecipientElements {

    private static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";

    private RecipientElements() {
    }

    static byte[] of(OutgoingRecipients recipients) {
        StringBuilder xml = new StringBuilder();
        list(xml, "ToRecipients", recipients.to());
        list(xml, "CcRecipients", recipients.cc());
        list(xml, "BccRecipients", recipients.bcc());
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void list(StringBuilder xml, String element, List<Addressee> addressees) {
        xml.append('<').append(element).append(" xmlns=\"").append(TYPES).append("\">");
        for (Addressee addressee : addressees) {
            xml.append("<Mailbox>");
            if (addressee.displayName() != null && !addressee.displayName().isBlank()) {
                xml.append("<Name>").append(escape(addressee.displayName())).append("</Name>");
            }
            xml.append("<EmailAddress>").append(escape(addressee.address())).append("</EmailAddress>");
            xml.append("<RoutingType>SMTP</RoutingType></Mailbox>");
        }
        xml.append("</").append(element).append('>');
    }

    /** Text content: markup characters escaped, characters XML 1.0 cannot carry dropped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
