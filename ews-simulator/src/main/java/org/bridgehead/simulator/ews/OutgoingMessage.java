package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.ItemUpdate;
import org.w3c.dom.Element;

/**
 * A t:Message of a CreateItem request: its MIME (t:MimeContent) if given, the recipients, sender,
 * subject and body set as properties, and the other settable properties.
 *
 * @param mime       the decoded MimeContent, if the request has one
 * @param from       t:From, if set
 * @param to         t:ToRecipients, empty when the request leaves the element out (an empty element is an empty list)
 * @param cc         t:CcRecipients, likewise
 * @param bcc        t:BccRecipients, likewise
 * @param subject    t:Subject, or null
 * @param body       t:Body text, or null
 * @param htmlBody   whether t:Body is HTML
 * @param properties IsRead, Categories, Flag, Importance and extended properties
 */
record OutgoingMessage(Optional<byte[]> mime, EmailAddress from, Optional<List<EmailAddress>> to,
                       Optional<List<EmailAddress>> cc, Optional<List<EmailAddress>> bcc, String subject, String body, boolean htmlBody,
                       ItemUpdate properties) {

    static OutgoingMessage read(Element message) throws SoapFaultException {
        Optional<byte[]> mime = Optional.empty();
        Optional<Element> mimeContent = Dom.child(message, "MimeContent");
        if (mimeContent.isPresent()) {
            try {
                mime = Optional.of(Base64.getMimeDecoder().decode(mimeContent.get().getTextContent().trim()));
            } catch (IllegalArgumentException e) {
                throw Dom.schemaViolation("MimeContent is not base64");
            }
        }
        ItemUpdate.Builder properties = ItemUpdate.builder();
        ItemFields.read(message, properties, List.of(), false);
        List<EmailAddress> from = mailboxes(message, "From").orElse(List.of());
        Optional<Element> body = Dom.child(message, "Body");
        return new OutgoingMessage(mime, from.isEmpty() ? null : from.get(0), mailboxes(message, "ToRecipients"),
                mailboxes(message, "CcRecipients"), mailboxes(message, "BccRecipients"),
                Dom.child(message, "Subject").map(Element::getTextContent).orElse(null),
                body.map(Element::getTextContent).orElse(null),
                body.map(b -> "HTML".equalsIgnoreCase(b.getAttribute("BodyType"))).orElse(false),
                properties.build());
    }

    /** The mailboxes of a recipient list, or empty when the request has no such element. */
    private static Optional<List<EmailAddress>> mailboxes(Element message, String container) {
        Optional<Element> list = Dom.child(message, container);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<EmailAddress> result = new ArrayList<>();
        for (Element mailbox : Dom.children(list.get(), "Mailbox")) {
            String address = Dom.childText(mailbox, "EmailAddress").orElse("");
            String name = Dom.childText(mailbox, "Name").filter(n -> !n.isEmpty()).orElse(null);
            result.add(new EmailAddress(name, address));
        }
        return Optional.of(List.copyOf(result));
    }
}
